// xorm behind repositories, as gitea writes them: a lookup function that
// returns an error type of its own when has is false
// (ErrUserNotExist{Name: name}), tested by callers with a function over a
// type assertion (IsErrUserNotExist); and one that returns nil, nil.
package repo_layers_xorm

import (
	"fmt"
	"strings"

	"xorm.io/xorm"
)

type User struct {
	ID        int64  `xorm:"pk autoincr 'id'"`
	LowerName string `xorm:"unique notnull"`
	Name      string
}

// ErrUserNotExist is gitea's not-found error.
type ErrUserNotExist struct{ Name string }

func (e ErrUserNotExist) Error() string { return fmt.Sprintf("user does not exist [name: %s]", e.Name) }

// IsErrUserNotExist is gitea's test of it.
func IsErrUserNotExist(err error) bool {
	_, ok := err.(ErrUserNotExist)
	return ok
}

// GetUserByName is gitea's lookup.
func GetUserByName(x *xorm.Engine, name string) (*User, error) {
	u := &User{LowerName: strings.ToLower(name)}
	has, err := x.Get(u)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, ErrUserNotExist{Name: name}
	}
	return u, nil
}

// CreateUser inserts a user.
func CreateUser(x *xorm.Engine, u *User) error {
	_, err := x.Insert(u)
	return err
}

// EnsureUser creates the user the name does not find.
func EnsureUser(x *xorm.Engine, name string) (*User, error) {
	u, err := GetUserByName(x, name)
	if err == nil {
		return u, nil
	}
	if !IsErrUserNotExist(err) {
		return nil, err
	}
	u = &User{LowerName: strings.ToLower(name), Name: name}
	if err := CreateUser(x, u); err != nil {
		return nil, err
	}
	return u, nil
}

// findUser returns nil, nil when no user has the name.
func findUser(x *xorm.Engine, name string) (*User, error) {
	var u User
	has, err := x.Where("lower_name = ?", strings.ToLower(name)).Get(&u)
	if err != nil {
		return nil, err
	}
	if !has {
		return nil, nil
	}
	return &u, nil
}

// Signup refuses a taken name, else creates the user.
func Signup(x *xorm.Engine, name string) error {
	u, err := findUser(x, name)
	if err != nil {
		return err
	}
	if u != nil {
		return fmt.Errorf("name %s is taken", name)
	}
	return CreateUser(x, &User{LowerName: strings.ToLower(name), Name: name})
}
