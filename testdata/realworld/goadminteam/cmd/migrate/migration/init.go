// Package migration reproduces go-admin-team/go-admin 85666f160f29 cmd/migrate/migration (verbatim).
package migration

import (
	"log"
	"path/filepath"
	"sort"
	"sync"

	"gorm.io/gorm"
)

var Migrate = &Migration{
	version: make(map[string]func(db *gorm.DB, version string) error),
}

// Migration is cmd/migrate/migration/init.go:16.
type Migration struct {
	db      *gorm.DB
	version map[string]func(db *gorm.DB, version string) error
	mutex   sync.Mutex
}

// GetDb is cmd/migrate/migration/init.go:22.
func (e *Migration) GetDb() *gorm.DB {
	return e.db
}

// SetDb is cmd/migrate/migration/init.go:26.
func (e *Migration) SetDb(db *gorm.DB) {
	e.db = db
}

// SetVersion is cmd/migrate/migration/init.go:30.
func (e *Migration) SetVersion(k string, f func(db *gorm.DB, version string) error) {
	e.mutex.Lock()
	defer e.mutex.Unlock()
	e.version[k] = f
}

// Migrate is cmd/migrate/migration/init.go:36.
func (e *Migration) Migrate() {
	versions := make([]string, 0)
	for k := range e.version {
		versions = append(versions, k)
	}
	if !sort.StringsAreSorted(versions) {
		sort.Strings(versions)
	}
	var err error
	var count int64
	for _, v := range versions {
		err = e.db.Table("sys_migration").Where("version = ?", v).Count(&count).Error
		if err != nil {
			log.Fatalln(err)
		}
		if count > 0 {
			log.Println(count)
			count = 0
			continue
		}
		err = (e.version[v])(e.db.Debug(), v)
		if err != nil {
			log.Fatalln(err)
		}
	}
}

// GetFilename is cmd/migrate/migration/init.go:63.
func GetFilename(s string) string {
	s = filepath.Base(s)
	return s[:13]
}
