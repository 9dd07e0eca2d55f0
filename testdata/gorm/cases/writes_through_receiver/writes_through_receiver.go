// Issue 16, class 2: a method of the package that appends through its
// pointer receiver runs again for the loser; the site is refused, naming
// the variable.
package writes_through_receiver

import (
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type Importer struct {
	db      *gorm.DB
	created []string
}

func (im *Importer) note(name string) { im.created = append(im.created, name) }

func (im *Importer) TagFor(name string) (uint, error) {
	var t Tag
	err := im.db.Where("name = ?", name).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		im.note(name)
		t = Tag{Name: name}
		err = im.db.Create(&t).Error
	}
	return t.ID, err
}
