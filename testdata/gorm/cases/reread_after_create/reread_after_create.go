// Issue 17: a failed insert followed by the same lookup again
// (photoprism's FirstOrCreateCamera) handles the race when a unique key
// covers the lookup: the caller that loses fails to insert and finds the
// winner's row. Not a finding. Without a unique key the insert does not
// fail and both callers insert: reported.
package reread_after_create

import (
	"gorm.io/gorm"
)

type Camera struct {
	ID   uint   `gorm:"primaryKey"`
	Slug string `gorm:"uniqueIndex"`
}

// CameraFor re-reads after a failed insert: safe.
func CameraFor(db *gorm.DB, slug string) *Camera {
	result := Camera{}
	if err := db.Where("slug = ?", slug).First(&result).Error; err == nil {
		return &result
	} else if m := (&Camera{Slug: slug}); db.Create(m).Error == nil {
		return m
	} else if err := db.Where("slug = ?", slug).First(&result).Error; err == nil {
		return &result
	}
	return nil
}

// CameraErr re-reads in the create's error branch: safe.
func CameraErr(db *gorm.DB, slug string) (*Camera, error) {
	var c Camera
	if err := db.Where("slug = ?", slug).First(&c).Error; err == nil {
		return &c, nil
	}
	c = Camera{Slug: slug}
	err := db.Create(&c).Error
	if err != nil {
		if err := db.Where("slug = ?", slug).First(&c).Error; err != nil {
			return nil, err
		}
	}
	return &c, nil
}

type Keyword struct {
	ID   uint `gorm:"primaryKey"`
	Word string
}

// KeywordFor re-reads too, but no unique key makes the insert fail:
// both callers insert. Reported.
func KeywordFor(db *gorm.DB, word string) *Keyword {
	result := Keyword{}
	if err := db.Where("word = ?", word).First(&result).Error; err == nil {
		return &result
	} else if m := (&Keyword{Word: word}); db.Create(m).Error == nil {
		return m
	} else if err := db.Where("word = ?", word).First(&result).Error; err == nil {
		return &result
	}
	return nil
}
