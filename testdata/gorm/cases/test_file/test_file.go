// A get-or-create in a _test.go file is reported, as go vet reports it;
// one in the package's own file is reported once, not once per variant.
package test_file

import (
	"errors"

	"gorm.io/gorm"
)

type Fixture struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func FixtureFor(db *gorm.DB, name string) (*Fixture, error) {
	var f Fixture
	err := db.Where("name = ?", name).First(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		f = Fixture{Name: name}
		err = db.Create(&f).Error
	}
	return &f, err
}
