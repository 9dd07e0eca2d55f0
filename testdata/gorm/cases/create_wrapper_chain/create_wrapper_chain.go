package create_wrapper_chain

import (
	"errors"

	"gorm.io/gorm"
)

var db *gorm.DB

type User struct {
	ID       uint
	Username string `gorm:"unique"`
}

func GetUserByName(name string) (*User, error) {
	u := User{}
	if err := db.Where("username = ?", name).First(&u).Error; err != nil {
		return nil, err
	}
	return &u, nil
}

func CreateUser(u *User) error { return db.Create(u).Error }

// register validates, then creates through CreateUser.
func register(name string) (*User, error) {
	if name == "" {
		return nil, errors.New("empty")
	}
	u := &User{Username: name}
	if err := CreateUser(u); err != nil {
		return nil, err
	}
	return u, nil
}

// Login registers on any lookup error.
func Login(name string) (*User, error) {
	u, err := GetUserByName(name)
	if err != nil {
		u, err = register(name)
	}
	return u, err
}

// lookupAndRegister looks up too: not a plain create for its callers.
func lookupAndRegister(name string) (*User, error) {
	if u, err := GetUserByName(name); err == nil {
		return u, nil
	}
	return register(name)
}

// LoginTwice calls a function that looks up itself. Its check races too:
// with lookupAndRegister's own site fixed, the caller that loses takes
// that function's found path, which need not be this one's (wg-portal's
// SaveUser updates the row where its caller answers "already exists").
// Reported, not fixed: the reason says to leave the check to the callee
// or to call a create that only inserts.
func LoginTwice(name string) (*User, error) {
	u, err := GetUserByName(name)
	if err != nil {
		return lookupAndRegister(name)
	}
	return u, nil
}
