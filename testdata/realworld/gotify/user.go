// Package gotify reproduces gotify/server d543a8aad22f.
package gotify

import (
	"errors"
	"net/http"

	"gorm.io/gorm"
)

// User is model/user.go:8.
type User struct {
	ID    uint
	Name  string `gorm:"type:varchar(180);uniqueIndex:uix_users_name"`
	Pass  []byte
	Admin bool
}

// UserDatabase is api/user.go's interface over database.GormDatabase.
type UserDatabase interface {
	GetUserByName(name string) (*User, error)
	CreateUser(user *User) error
	UpdateUser(user *User) error
}

// GormDatabase is database/user.go.
type GormDatabase struct{ DB *gorm.DB }

// GetUserByName returns the user by the given name or nil (database/user.go:9).
func (d *GormDatabase) GetUserByName(name string) (*User, error) {
	user := new(User)
	err := d.DB.Where("name = ?", name).Find(user).Error
	if err == gorm.ErrRecordNotFound {
		err = nil
	}
	if user.Name == name {
		return user, err
	}
	return nil, err
}

func (d *GormDatabase) CreateUser(user *User) error { return d.DB.Create(user).Error }

func (d *GormDatabase) UpdateUser(user *User) error { return d.DB.Save(user).Error }

var errExists = errors.New("username already exists")

// CreateUser is api/user.go:188: the loser of the race gets a 500 from
// the unique index instead of the 400 "already exists".
func CreateUser(db UserDatabase, name string, pass []byte) (int, error) {
	internal := &User{Name: name, Pass: pass}
	existingUser, err := db.GetUserByName(internal.Name) // race
	if err != nil {
		return http.StatusInternalServerError, err
	}
	if existingUser != nil {
		return http.StatusBadRequest, errExists
	}
	if err := db.CreateUser(internal); err != nil {
		return http.StatusInternalServerError, err
	}
	return http.StatusOK, nil
}

// UpdateUserByID is api/user.go's rename: the name is checked, then the
// user is updated, not created: no get-or-create race.
func UpdateUserByID(db UserDatabase, u *User, newName string) error {
	existing, err := db.GetUserByName(newName) // safe: the found path refuses, the other path updates
	if err != nil {
		return err
	}
	if existing != nil && existing.ID != u.ID {
		return errExists
	}
	u.Name = newName
	return db.UpdateUser(u)
}
