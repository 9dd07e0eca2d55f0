// Class 6: the created record carries children. A failed insert inside
// the savepoint inserts none of them.
package association_children

import (
	"errors"

	"gorm.io/gorm"
)

type Author struct {
	ID    uint
	Name  string `gorm:"uniqueIndex"`
	Books []Book
}

type Book struct {
	ID       uint
	AuthorID uint
	Title    string
}

func AuthorFor(db *gorm.DB, name string) (*Author, error) {
	var a Author
	err := db.Where("name = ?", name).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Author{Name: name, Books: []Book{{Title: "first"}}}
		err = db.Create(&a).Error
	}
	return &a, err
}
