// Issue 17: the create in an else-if's init (photoprism's FirstOrCreate
// helpers): reported. The same helper that looks the row up again when
// the insert fails, on a unique key, is the hand-written retry: not
// reported; without a unique key the insert never fails on the key, so
// it is.
package else_if_create

import "gorm.io/gorm"

type Album struct {
	UID string `gorm:"primaryKey"`
}

type Keyword struct {
	ID      uint
	Keyword string
}

type Label struct {
	ID   uint
	Slug string `gorm:"uniqueIndex"`
}

func AlbumFor(db *gorm.DB, m *Album) *Album {
	found := Album{}
	if err := db.Where("uid = ?", m.UID).First(&found).Error; err == nil {
		return &found
	} else if err = db.Create(m).Error; err != nil {
		return nil
	}
	return m
}

func LabelFor(db *gorm.DB, m *Label) *Label {
	result := Label{}
	if err := db.Where("slug = ?", m.Slug).First(&result).Error; err == nil {
		return &result
	} else if createErr := db.Create(m).Error; createErr == nil {
		return m
	} else if err := db.Where("slug = ?", m.Slug).First(&result).Error; err == nil {
		return &result
	}
	return nil
}

func KeywordFor(db *gorm.DB, m *Keyword) *Keyword {
	result := Keyword{}
	if err := db.Where("keyword = ?", m.Keyword).First(&result).Error; err == nil {
		return &result
	} else if createErr := db.Create(m).Error; createErr == nil {
		return m
	} else if err := db.Where("keyword = ?", m.Keyword).First(&result).Error; err == nil {
		return &result
	}
	return nil
}
