// A count of the whole table after the check of a key (nightingale's
// AILLMConfig.Create: total == 0 makes the new row the default) decides
// something of the new row, not whether to insert it: the check before
// it is still the race's lookup. A second check of the same key before
// the create is a re-check, which decides the create (judged on its own).
package table_count_after_check

import (
	"fmt"

	"gorm.io/gorm"
)

type Cfg struct {
	ID        uint
	Name      string `gorm:"uniqueIndex"`
	IsDefault bool
}

// AddConfig: fixed.
func AddConfig(db *gorm.DB, name string) (*Cfg, error) {
	var count int64
	if err := db.Model(&Cfg{}).Where("name = ?", name).Count(&count).Error; err != nil {
		return nil, err
	}
	if count > 0 {
		return nil, fmt.Errorf("config %s already exists", name)
	}
	var total int64
	if err := db.Model(&Cfg{}).Count(&total).Error; err != nil {
		return nil, err
	}
	c := &Cfg{Name: name}
	if total == 0 {
		c.IsDefault = true
	}
	if err := db.Create(c).Error; err != nil {
		return nil, err
	}
	return c, nil
}

// AddConfigRechecked: the second check of name decides the create; it
// is the one reported.
func AddConfigRechecked(db *gorm.DB, name string) (*Cfg, error) {
	var count int64
	if err := db.Model(&Cfg{}).Where("name = ?", name).Count(&count).Error; err != nil {
		return nil, err
	}
	if count > 0 {
		return nil, fmt.Errorf("config %s already exists", name)
	}
	var again int64
	if err := db.Model(&Cfg{}).Where("name = ?", name).Count(&again).Error; err != nil {
		return nil, err
	}
	if again > 0 {
		return nil, fmt.Errorf("config %s already exists", name)
	}
	c := &Cfg{Name: name}
	if err := db.Create(c).Error; err != nil {
		return nil, err
	}
	return c, nil
}
