package test_file

import (
	"errors"
	"testing"

	"gorm.io/gorm"
)

func fixture(t *testing.T, db *gorm.DB, name string) *Fixture {
	t.Helper()
	var f Fixture
	err := db.Where("name = ?", name).First(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		f = Fixture{Name: name}
		err = db.Create(&f).Error
	}
	if err != nil {
		t.Fatal(err)
	}
	return &f
}
