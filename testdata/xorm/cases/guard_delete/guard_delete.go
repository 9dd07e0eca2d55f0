// xorm negative: the lookup guards a delete.
package guard_delete

import (
	"xorm.io/xorm"
)

type Token struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Value string `xorm:"unique"`
}

// Revoke deletes the token when it exists.
func Revoke(engine *xorm.Engine, value string) error {
	var t Token
	has, err := engine.Where("value = ?", value).Get(&t)
	if err != nil || !has {
		return err
	}
	_, err = engine.ID(t.ID).Delete(&Token{})
	return err
}
