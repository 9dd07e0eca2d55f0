// A save keyed on the row's id, where id 0 (or an id that is gone)
// means "new": the insert leaves the id to the database, so no insert
// can ever carry the looked-up key (yearning's template save). Not a
// race. When the insert does carry the id (an import that keeps the
// ids of the rows it copies), it is one.
package fresh_pk

import (
	"errors"

	"gorm.io/gorm"
)

type Template struct {
	ID     uint `gorm:"primaryKey"`
	Source string
	Steps  string
}

// SaveTemplate updates the template, or adds a new one.
func SaveTemplate(db *gorm.DB, id uint, source, steps string) error {
	var t Template
	if err := db.Where("id = ?", id).First(&t).Error; errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Template{Source: source, Steps: steps}).Error
	} else if err != nil {
		return err
	}
	return db.Model(&Template{}).Where("id = ?", id).Updates(Template{Source: source, Steps: steps}).Error
}

// ImportTemplate copies a template with its id.
func ImportTemplate(db *gorm.DB, id uint, source string) error {
	var t Template
	err := db.Where("id = ?", id).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Template{ID: id, Source: source}).Error
	}
	return err
}
