// Package auth reproduces ArtalkJS/Artalk d25beede911d internal/auth.
package auth

import "time"

// SocialUser reproduces internal/auth/social_user.go:9 (goth.User fields inlined).
type SocialUser struct {
	Provider    string
	Name        string
	Email       string
	AccessToken string
	ExpiresAt   time.Time
	RemoteUID   string
	Link        string
}

// GetSocialUser reproduces internal/auth/social_user.go:15 (patches trimmed).
func GetSocialUser(u SocialUser) SocialUser {
	return u
}
