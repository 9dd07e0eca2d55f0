// Package artransfer reproduces ArtalkJS/Artalk d25beede911d internal/artransfer.
//
// The file contains the query functions for the importer.
// Separate the standalone query functions from the `dao` pkg to support transaction operations and disable CACHE for the importer.
// The importer is no longer relying on the `dao` pkg and it's query functions.
package artransfer

import (
	"example.com/heldout/artalk/internal/entity"
	"gorm.io/gorm"
)

// findCreateUser reproduces internal/artransfer/importer_query.go:11.
func findCreateUser(db *gorm.DB, name string, email string, link string) (entity.User, error) {
	var user entity.User
	err := db.Where("LOWER(name) = LOWER(?) AND LOWER(email) = LOWER(?)", name, email).Attrs(entity.User{
		Name:  name,
		Email: email,
		Link:  link,
	}).FirstOrCreate(&user).Error // safe: FirstOrCreate by itself
	if err != nil {
		return entity.User{}, err
	}
	return user, nil
}

// findCreatePage reproduces internal/artransfer/importer_query.go:24.
func findCreatePage(db *gorm.DB, pageKey string, pageTitle string, siteName string) (entity.Page, error) {
	var page entity.Page
	err := db.Where(&entity.Page{SiteName: siteName, Key: pageKey}).Attrs(entity.Page{
		Title: pageTitle,
	}).FirstOrCreate(&page).Error // safe: FirstOrCreate by itself
	if err != nil {
		return entity.Page{}, err
	}
	return page, nil
}

// findSite reproduces internal/artransfer/importer_query.go:35.
func findSite(db *gorm.DB, siteName string) entity.Site {
	var site entity.Site
	db.Where(&entity.Site{Name: siteName}).First(&site)
	return site
}

// dbSave reproduces internal/artransfer/importer_query.go:41.
func dbSave(db *gorm.DB, model interface{}) error {
	return db.Save(model).Error
}
