package dbr

import (
	"gorm.io/gorm"
)

// Tag reproduces internal/dao/jinzhu/dbr/topic.go:13.
type Tag struct {
	*Model
	UserID   int64  `json:"user_id"`
	Tag      string `json:"tag"`
	QuoteNum int64  `json:"quote_num"`
}

// Get reproduces internal/dao/jinzhu/dbr/topic.go:59.
func (t *Tag) Get(db *gorm.DB) (*Tag, error) {
	var tag Tag
	if t.Model != nil && t.Model.ID > 0 {
		db = db.Where("id= ? AND is_del = ?", t.Model.ID, 0)
	} else {
		db = db.Where("tag = ? AND is_del = ?", t.Tag, 0)
	}

	err := db.First(&tag).Error
	if err != nil {
		return nil, err
	}

	return &tag, nil
}

// Create reproduces internal/dao/jinzhu/dbr/topic.go:75.
func (t *Tag) Create(db *gorm.DB) (*Tag, error) {
	err := db.Create(&t).Error

	return t, err
}

// Update reproduces internal/dao/jinzhu/dbr/topic.go:81.
func (t *Tag) Update(db *gorm.DB) error {
	return db.Model(&Tag{}).Where("id = ? AND is_del = ?", t.Model.ID, 0).Save(t).Error
}
