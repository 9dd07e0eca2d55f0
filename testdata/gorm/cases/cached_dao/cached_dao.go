// A DAO whose getters run their lookup inside a loader handed to a cache
// helper, drop the error and return a zero row when none matched;
// callers test the row with a method of its own, IsEmpty, which reads the
// primary key (artalk's dao.FindSite and its site handlers). One caller
// saves the new row through a helper that takes any model.
package cached_dao

import (
	"errors"
	"sync"

	"gorm.io/gorm"
)

// Site is a site, unique by name.
type Site struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex;size:191"`
	Urls string
}

// IsEmpty reports a site that was not found.
func (s Site) IsEmpty() bool {
	return s.ID == 0
}

// HasURLs is a test of the found row, not of whether it was found.
func (s Site) HasURLs() bool {
	return s.Urls != ""
}

// Dao runs its lookups through a loader helper.
type Dao struct {
	db *gorm.DB
}

// NewDao returns a DAO over db.
func NewDao(db *gorm.DB) *Dao { return &Dao{db: db} }

// QueryDB runs the loader of key (the project's helper also joins
// concurrent loads of one key).
func QueryDB[T any](dao *Dao, key string, load func() (T, error)) (T, error) {
	return load()
}

// FindSite returns the site, or a zero one.
func (dao *Dao) FindSite(name string) Site {
	site, _ := QueryDB(dao, "site#"+name, func() (site Site, err error) {
		dao.db.Where("name = ?", name).First(&site)
		return site, nil
	})
	return site
}

// CreateSite inserts the site.
func (dao *Dao) CreateSite(site *Site) error {
	return dao.db.Create(site).Error
}

// dbSave saves any model.
func dbSave(db *gorm.DB, model interface{}) error {
	return db.Save(model).Error
}

// ErrSiteExists is the found path's answer.
var ErrSiteExists = errors.New("site already exists")

// SiteCreate refuses a taken name, else creates the site.
func (dao *Dao) SiteCreate(name, urls string) (Site, error) {
	if !dao.FindSite(name).IsEmpty() {
		return Site{}, ErrSiteExists
	}
	site := Site{Name: name, Urls: urls}
	if err := dao.CreateSite(&site); err != nil {
		return Site{}, err
	}
	return site, nil
}

// PrepareSite creates the site when it is missing, else sets its URLs.
func (dao *Dao) PrepareSite(name, urls string) (string, error) {
	site := dao.FindSite(name)

	// Create site
	if site.IsEmpty() {
		site = Site{}
		site.Name = name
		site.Urls = urls
		if err := dbSave(dao.db, &site); err != nil {
			return "", err
		}
		return "created", nil
	}

	// Edit existing site
	if err := dao.db.Model(&Site{}).Where("id = ?", site.ID).Update("urls", urls).Error; err != nil {
		return "", err
	}
	return "updated", nil
}

// ErrNoSite is the not-found path's answer.
var ErrNoSite = errors.New("no such site")

// RenameSite guards an update: nothing to report.
func (dao *Dao) RenameSite(name, newName string) error {
	site := dao.FindSite(name)
	if site.IsEmpty() {
		return ErrNoSite
	}
	return dao.db.Model(&Site{}).Where("id = ?", site.ID).Update("name", newName).Error
}

// ClearURLs tests the found row, not whether it was found: nothing is
// created.
func (dao *Dao) ClearURLs(name string) error {
	site := dao.FindSite(name)
	if !site.HasURLs() {
		return nil
	}
	return dao.db.Model(&Site{}).Where("id = ?", site.ID).Update("urls", "").Error
}

// CachedDao keeps found rows in a cache.
type CachedDao struct {
	db    *gorm.DB
	cache sync.Map
}

// QueryDBWithCache returns the cached row of key, or loads it (and keeps
// it when one was found).
func QueryDBWithCache[T comparable](dao *CachedDao, key string, load func() (T, error)) (T, error) {
	if v, ok := dao.cache.Load(key); ok {
		return v.(T), nil
	}
	v, err := load()
	var zero T
	if err == nil && v != zero {
		dao.cache.Store(key, v)
	}
	return v, err
}

// FindSite returns the site, or a zero one, from the cache first.
func (dao *CachedDao) FindSite(name string) Site {
	site, _ := QueryDBWithCache(dao, "site#"+name, func() (site Site, err error) {
		dao.db.Where("name = ?", name).First(&site)
		return site, nil
	})
	return site
}

// SiteCreate refuses a taken name, else creates the site: found, but the
// lookup writes its cache, which a retry would do again.
func (dao *CachedDao) SiteCreate(name, urls string) (Site, error) {
	if !dao.FindSite(name).IsEmpty() {
		return Site{}, ErrSiteExists
	}
	site := Site{Name: name, Urls: urls}
	if err := dao.db.Create(&site).Error; err != nil {
		return Site{}, err
	}
	return site, nil
}
