// xorm: the missing rows inserted at once: reported, not fixed (one
// conflict fails the whole batch).
package batch_insert

import (
	"xorm.io/xorm"
)

type Label struct {
	ID   int64  `xorm:"pk autoincr 'id'"`
	Name string `xorm:"unique"`
}

// EnsureLabel inserts the label in a batch of one.
func EnsureLabel(engine *xorm.Engine, name string) error {
	has, err := engine.Where("name = ?", name).Exist(&Label{})
	if err != nil || has {
		return err
	}
	_, err = engine.Insert(&[]Label{{Name: name}})
	return err
}
