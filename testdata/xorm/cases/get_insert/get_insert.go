// xorm: Get answers "not found" with has == false and no error. The
// lookup's key comes from Where's "column = ?" pairs; the model's
// `unique` tag makes it fixable. The fix inserts once, and after a failed
// insert goes back to the lookup once.
package get_insert

import (
	"errors"

	"xorm.io/xorm"
)

type User struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	Email string `xorm:"varchar(190) notnull unique"`
	Name  string
}

// Ensure is the shape of most xorm services: has, then Insert.
func Ensure(engine *xorm.Engine, email string) (*User, error) {
	var u User
	has, err := engine.Where("email = ?", email).Get(&u)
	if err != nil {
		return nil, err
	}
	if !has {
		u = User{Email: email, Name: "new"}
		if _, err := engine.Insert(&u); err != nil {
			return nil, err
		}
	}
	return &u, nil
}

// ErrTaken is the found path's answer.
var ErrTaken = errors.New("email taken")

// Register refuses a taken email, else inserts.
func Register(engine *xorm.Engine, email, name string) error {
	has, err := engine.Where("email = ?", email).Exist(&User{})
	if err != nil {
		return err
	}
	if has {
		return ErrTaken
	}
	_, err = engine.Insert(&User{Email: email, Name: name})
	return err
}
