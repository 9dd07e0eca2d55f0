// The new record is built by a converter of the same file (an API type
// turned into the model, paralus's convertToModel): the fields its
// literal sets are the record's.
package converter_record

import (
	"errors"

	"gorm.io/gorm"
)

type Setting struct {
	ID    uint
	Org   string `gorm:"uniqueIndex:idx_setting_org_name"`
	Name  string `gorm:"uniqueIndex:idx_setting_org_name"`
	Value string
}

// SettingInput is what the API receives.
type SettingInput struct {
	Org, Name, Value string
}

func toModel(in SettingInput) *Setting {
	s := &Setting{
		Org:   in.Org,
		Name:  in.Name,
		Value: in.Value,
	}
	return s
}

// withoutName leaves the key's name out: no fix through it.
func withoutName(in SettingInput) *Setting {
	return &Setting{Org: in.Org, Value: in.Value}
}

// Put stores the setting, creating it on first use.
func Put(db *gorm.DB, in SettingInput) error {
	var cur Setting
	err := db.Where("org = ? AND name = ?", in.Org, in.Name).First(&cur).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		rec := toModel(in)
		return db.Create(rec).Error
	}
	if err != nil {
		return err
	}
	return db.Model(&cur).Update("value", in.Value).Error
}

// PutPartial: reported, not fixed (the converter does not set name).
func PutPartial(db *gorm.DB, in SettingInput) error {
	var cur Setting
	err := db.Where("org = ? AND name = ?", in.Org, in.Name).First(&cur).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(withoutName(in)).Error
	}
	return err
}
