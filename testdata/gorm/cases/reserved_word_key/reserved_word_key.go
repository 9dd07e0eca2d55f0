// Class 12: the key column is named key, a reserved word in MySQL. The
// fix writes no SQL of its own: GORM quotes the struct condition.
package reserved_word_key

import "gorm.io/gorm"

type Option struct {
	ID    uint
	Key   string `gorm:"uniqueIndex"`
	Value string
}

func OptionFor(db *gorm.DB, key string) (*Option, error) {
	var o Option
	err := db.FirstOrCreate(&o, Option{Key: key}).Error
	return &o, err
}
