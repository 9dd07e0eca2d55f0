// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

// PhotoKeyword represents the many-to-many relation between Photo and Keyword
//
// Upstream: internal/entity/photo_keyword.go:4.
type PhotoKeyword struct {
	PhotoID   uint `gorm:"primary_key;auto_increment:false"`
	KeywordID uint `gorm:"primary_key;auto_increment:false;index"`
}

// TableName returns the entity table name.
//
// Upstream: internal/entity/photo_keyword.go:10.
func (PhotoKeyword) TableName() string {
	return "photos_keywords"
}

// NewPhotoKeyword registers a new PhotoKeyword relation
//
// Upstream: internal/entity/photo_keyword.go:15.
func NewPhotoKeyword(photoID, keywordID uint) *PhotoKeyword {
	result := &PhotoKeyword{
		PhotoID:   photoID,
		KeywordID: keywordID,
	}

	return result
}

// Create inserts a new row to the database.
//
// Upstream: internal/entity/photo_keyword.go:25.
func (m *PhotoKeyword) Create() error {
	return Db().Create(m).Error
}

// FirstOrCreatePhotoKeyword returns the existing row, inserts a new row or nil in case of errors.
//
// Upstream: internal/entity/photo_keyword.go:30.
func FirstOrCreatePhotoKeyword(m *PhotoKeyword) *PhotoKeyword {
	result := PhotoKeyword{}

	if err := Db().Where("photo_id = ? AND keyword_id = ?", m.PhotoID, m.KeywordID).First(&result).Error; err == nil { // safe: failed insert (primary key photo_id, keyword_id) is followed by a re-lookup
		return &result
	} else if createErr := m.Create(); createErr == nil {
		return m
	} else if err := Db().Where("photo_id = ? AND keyword_id = ?", m.PhotoID, m.KeywordID).First(&result).Error; err == nil {
		return &result
	} else {
		log.Errorf("photo-keyword: %s (find or create)", createErr)
	}

	return nil
}
