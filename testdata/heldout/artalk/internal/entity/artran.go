// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

// Artran reproduces internal/entity/artran.go:5 (fields trimmed).
type Artran struct {
	ID            string
	Nick          string
	Email         string
	Link          string
	PageKey       string
	PageTitle     string
	SiteName      string
	SiteURLs      string
	BadgeName     string
	BadgeColor    string
	PageAdminOnly string
}
