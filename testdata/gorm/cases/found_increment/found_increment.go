// Class 2: the found path increments a counter; the caller that loses
// the race now increments it too, as it would have run second.
package found_increment

import (
	"errors"

	"gorm.io/gorm"
)

type Page struct {
	ID   uint
	Path string `gorm:"uniqueIndex"`
	Hits int
}

func Visit(db *gorm.DB, path string) error {
	var p Page
	err := db.Where("path = ?", path).First(&p).Error
	if err == nil {
		return db.Model(&p).UpdateColumn("hits", gorm.Expr("hits + 1")).Error
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	p = Page{Path: path, Hits: 1}
	return db.Create(&p).Error
}
