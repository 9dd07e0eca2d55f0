// xorm: the inserted record does not set the looked-up key, so a
// concurrent insert could never conflict on it: reported, not fixed.
package key_not_set

import (
	"xorm.io/xorm"
)

type Profile struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	Handle string `xorm:"varchar(64) unique"`
	Bio    string
}

// Claim inserts a profile whose handle the caller fills in later.
func Claim(engine *xorm.Engine, handle, bio string) error {
	has, err := engine.Where("handle = ?", handle).Exist(&Profile{})
	if err != nil || has {
		return err
	}
	_, err = engine.Insert(&Profile{Bio: bio})
	return err
}
