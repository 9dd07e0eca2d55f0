// Issue 18: a lookup of any row ("is the table empty?") before a seed
// insert whose record sets a unique key to a constant. Every caller
// inserts the same key, so concurrent inserts conflict, and the row that
// makes one fail is one the lookup finds on the way back: fixed. A seed
// whose key comes from the caller is not: two callers would insert two
// rows, which the serial run does not.
package seed_row

import (
	"errors"

	"gorm.io/gorm"
)

type Admin struct {
	ID       uint   `gorm:"primaryKey"`
	Username string `gorm:"uniqueIndex"`
	Role     string
}

// EnsureAdmin creates the first admin on an empty table (two instances
// starting together both see an empty table).
func EnsureAdmin(db *gorm.DB) error {
	var n int64
	if err := db.Model(&Admin{}).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		admin := Admin{Username: "admin", Role: "root"}
		if err := db.Create(&admin).Error; err != nil {
			return err
		}
	}
	return nil
}

type Settings struct {
	ID    uint `gorm:"primaryKey"`
	Theme string
}

// LoadSettings returns the one settings row, with primary key 1.
func LoadSettings(db *gorm.DB) (Settings, error) {
	var s Settings
	err := db.First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Settings{ID: 1, Theme: "light"}
		err = db.Create(&s).Error
	}
	return s, err
}

// FirstUser seeds with the caller's name: not a constant, no fix.
func FirstUser(db *gorm.DB, name string) error {
	var n int64
	if err := db.Model(&Admin{}).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return db.Create(&Admin{Username: name}).Error
	}
	return nil
}
