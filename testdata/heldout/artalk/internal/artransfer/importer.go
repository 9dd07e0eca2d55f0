// Package artransfer reproduces ArtalkJS/Artalk d25beede911d internal/artransfer.
package artransfer

import (
	"cmp"
	"fmt"
	"strings"

	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/utils"
	"gorm.io/gorm"
)

// ImportParams reproduces internal/artransfer/importer.go:19 (fields trimmed).
type ImportParams struct {
	TargetSiteName string `json:"target_site_name" form:"target_site_name" validate:"optional"` // The target site name
	TargetSiteURL  string `json:"target_site_url" form:"target_site_url" validate:"optional"`   // The target site url
}

// importArtrans reproduces internal/artransfer/importer.go:42 (console, comment and ID-mapping steps trimmed).
func importArtrans(tx *gorm.DB, params *ImportParams, comments []*entity.Artran) error {
	isTrue := func(val string) bool { return val == "true" || val == "1" }

	if len(comments) == 0 {
		return fmt.Errorf("%s", "No comment")
	}

	for _, c := range comments {
		// ---------------------
		//  Prepare site
		// ---------------------
		siteName := strings.TrimSpace(cmp.Or(params.TargetSiteName, c.SiteName))
		siteURLs := strings.TrimSpace(cmp.Or(params.TargetSiteURL, c.SiteURLs))
		if siteName == "" {
			continue
		}

		site, sErr := prepareSite(tx, siteName, siteURLs)
		if sErr != nil {
			return fmt.Errorf("failed to prepare site, %w", sErr)
		}

		// ---------------------
		//  Prepare page
		// ---------------------
		pageKey := strings.TrimSpace(c.PageKey)
		if pageKey == "" {
			continue
		}

		page, err := findCreatePage(tx, pageKey, c.PageTitle, site.Name)
		if err != nil {
			return fmt.Errorf("failed to prepare page, %w", err)
		}

		adminOnlyVal := isTrue(c.PageAdminOnly)
		if page.AdminOnly != adminOnlyVal {
			page.AdminOnly = adminOnlyVal
			if pErr := dbSave(tx, &page); pErr != nil {
				return fmt.Errorf("failed to update page, %w", pErr)
			}
		}

		// ---------------------
		//  Prepare user
		// ---------------------
		user, uErr := findCreateUser(tx, c.Nick, c.Email, c.Link)
		if uErr != nil {
			return fmt.Errorf("failed to prepare user, %w", uErr)
		}

		if !user.IsAdmin {
			userModified := false
			if c.BadgeName != "" && c.BadgeName != user.BadgeName {
				user.BadgeName = c.BadgeName
				userModified = true
			}
			if c.BadgeColor != "" && c.BadgeColor != user.BadgeColor {
				user.BadgeColor = c.BadgeColor
				userModified = true
			}
			if userModified {
				if uErr := dbSave(tx, &user); uErr != nil {
					return fmt.Errorf("failed to update user, %w", uErr)
				}
			}
		}
	}

	return nil
}

// prepareSite reproduces internal/artransfer/importer.go:305.
func prepareSite(tx *gorm.DB, targetSiteName string, targetSiteURLs string) (*entity.Site, error) {
	if targetSiteName == "" {
		return nil, fmt.Errorf("target_site_name is required for prepareSite()`")
	}

	site := findSite(tx, targetSiteName) // race

	// Create site
	if site.IsEmpty() {
		site = entity.Site{}
		site.Name = targetSiteName
		site.Urls = targetSiteURLs

		if err := dbSave(tx, &site); err != nil {
			return nil, fmt.Errorf("failed to create site")
		}

		return &site, nil
	}

	// Edit existing site
	originalURLs := strings.Split(site.Urls, ",")
	newURLs := []string{}
	{
		targetURLsSpit := utils.SplitAndTrimSpace(targetSiteURLs, ",")
		for _, u := range targetURLsSpit {
			isInCurrentList := func(u string) bool {
				for _, uu := range originalURLs {
					if uu == u {
						return true
					}
				}
				return false
			}

			// if target url item not exist in current site url list, then append to newURLs
			if !isInCurrentList(u) {
				newURLs = append(newURLs, u)
			}
		}
	}

	// Update site urls
	if len(newURLs) > 0 {
		newURLs = append(newURLs, originalURLs...) // Prepend new urls
		site.Urls = strings.Join(newURLs, ",")

		if err := dbSave(tx, &site); err != nil {
			return nil, fmt.Errorf("failed to update site urls")
		}
	}

	return &site, nil
}
