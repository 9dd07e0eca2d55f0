// xorm negatives: a create that runs only when the row was found, and a
// guard of an update.
package negatives_xorm

import (
	"errors"

	"xorm.io/xorm"
)

type Item struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Code  string `xorm:"unique"`
	Count int
}

type Audit struct {
	ID   int64 `xorm:"pk autoincr 'id'"`
	Code string
}

// OnlyWhenFound inserts an audit row of another model when the item
// exists.
func OnlyWhenFound(engine *xorm.Engine, code string) error {
	var it Item
	has, err := engine.Where("code = ?", code).Get(&it)
	if err != nil {
		return err
	}
	if !has {
		return errors.New("no such item")
	}
	_, err = engine.Insert(&Audit{Code: code})
	return err
}

// Bump updates a found item; it never inserts one.
func Bump(engine *xorm.Engine, code string) error {
	var it Item
	has, err := engine.Where("code = ?", code).Get(&it)
	if err != nil || !has {
		return err
	}
	it.Count++
	_, err = engine.ID(it.ID).Cols("count").Update(&it)
	return err
}
