// xorm: a lookup by name OR email pins no key: reported, not fixed.
package or_condition

import (
	"xorm.io/xorm"
)

type Account struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Name  string `xorm:"unique"`
	Email string `xorm:"unique"`
}

// Open creates the account when neither its name nor its email is used.
func Open(engine *xorm.Engine, name, email string) error {
	has, err := engine.Where("name = ? OR email = ?", name, email).Exist(&Account{})
	if err != nil || has {
		return err
	}
	_, err = engine.Insert(&Account{Name: name, Email: email})
	return err
}
