// Class 8, report-only: GORM does not copy a string condition into the
// record FirstOrCreate inserts, so the key is never set.
package first_or_create_string_cond

import "gorm.io/gorm"

type Option struct {
	ID    uint
	Key   string `gorm:"uniqueIndex"`
	Value string
}

func OptionFor(db *gorm.DB, key string) (*Option, error) {
	var o Option
	err := db.Where("key = ?", key).FirstOrCreate(&o).Error
	return &o, err
}
