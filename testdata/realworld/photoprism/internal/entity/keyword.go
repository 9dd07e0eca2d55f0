// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"strings"
	"sync"

	"example.com/realworld/photoprism/pkg/txt"
)

// keywordMutex is internal/entity/keyword.go:10.
var keywordMutex = sync.Mutex{}

// Keyword used for full text search
//
// Upstream: internal/entity/keyword.go:13.
type Keyword struct {
	ID      uint   `gorm:"primary_key"`
	Keyword string `gorm:"type:VARCHAR(64);index;"`
	Skip    bool
}

// TableName returns the entity table name.
//
// Upstream: internal/entity/keyword.go:20.
func (Keyword) TableName() string {
	return "keywords"
}

// NewKeyword registers a new keyword in database
//
// Upstream: internal/entity/keyword.go:25.
func NewKeyword(keyword string) *Keyword {
	keyword = strings.ToLower(txt.Clip(keyword, txt.ClipKeyword))

	result := &Keyword{
		Keyword: keyword,
	}

	return result
}

// Updates multiple columns in the database.
//
// Upstream: internal/entity/keyword.go:36.
func (m *Keyword) Updates(values interface{}) error {
	return UnscopedDb().Model(m).UpdateColumns(values).Error
}

// Update a column in the database.
//
// Upstream: internal/entity/keyword.go:41.
func (m *Keyword) Update(attr string, value interface{}) error {
	return UnscopedDb().Model(m).UpdateColumn(attr, value).Error
}

// Save updates the record in the database or inserts a new record if it does not already exist.
//
// Upstream: internal/entity/keyword.go:46.
func (m *Keyword) Save() error {
	return Db().Save(m).Error
}

// Create inserts a new row to the database.
//
// Upstream: internal/entity/keyword.go:51.
func (m *Keyword) Create() error {
	keywordMutex.Lock()
	defer keywordMutex.Unlock()

	return Db().Create(m).Error
}

// FirstOrCreateKeyword returns the existing row, inserts a new row or nil in case of errors.
//
// Upstream: internal/entity/keyword.go:59.
func FirstOrCreateKeyword(m *Keyword) *Keyword {
	result := Keyword{}

	if err := Db().Where("keyword = ?", m.Keyword).First(&result).Error; err == nil { // race
		return &result
	} else if createErr := m.Create(); createErr == nil {
		return m
	} else if err := Db().Where("keyword = ?", m.Keyword).First(&result).Error; err == nil {
		return &result
	} else {
		log.Errorf("keyword: %s (find or create %s)", createErr, m.Keyword)
	}

	return nil
}
