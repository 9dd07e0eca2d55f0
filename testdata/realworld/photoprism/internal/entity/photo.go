// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import "strings"

// Photo is internal/entity/photo.go:41 (trimmed to the fields IndexKeywords reads).
type Photo struct {
	ID               uint   `gorm:"primary_key" yaml:"-"`
	PhotoUID         string `gorm:"type:VARBINARY(42);unique_index;index:idx_photos_taken_uid;" json:"UID" yaml:"UID"`
	PhotoTitle       string `gorm:"type:VARCHAR(200);" json:"Title" yaml:"Title"`
	PhotoDescription string `gorm:"type:VARCHAR(4096);" json:"Description" yaml:"Description,omitempty"`
}

// IndexKeywords is internal/entity/photo.go:553: adds given keywords to the
// photo entry (details/subject keyword sources trimmed).
func (m *Photo) IndexKeywords() error {
	db := UnscopedDb()

	var keywordIds []uint
	var keywords []string

	// Add title, description and other keywords
	keywords = append(keywords, strings.Fields(m.PhotoTitle)...)
	keywords = append(keywords, strings.Fields(m.PhotoDescription)...)

	for _, w := range keywords {
		kw := FirstOrCreateKeyword(NewKeyword(w))

		if kw == nil {
			log.Errorf("index keyword should not be nil - you may have found a bug")
			continue
		}

		if kw.Skip {
			continue
		}

		keywordIds = append(keywordIds, kw.ID)

		FirstOrCreatePhotoKeyword(NewPhotoKeyword(m.ID, kw.ID))
	}

	return db.Where("photo_id = ? AND keyword_id NOT IN (?)", m.ID, keywordIds).Delete(&PhotoKeyword{}).Error
}
