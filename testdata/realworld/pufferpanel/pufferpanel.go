// Package pufferpanel reproduces pufferpanel/pufferpanel 980d599331ac.
package pufferpanel

import (
	"errors"
	"net/http"

	"github.com/google/uuid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// UserSetting is models/usersetting.go.
type UserSetting struct {
	Key    string `gorm:"column:key;size:100;primaryKey"`
	UserID uint   `gorm:"column:user_id;primaryKey"`
	Value  string `gorm:"column:value;not null;size:4000"`
}

// User is models/user.go:13.
type User struct {
	ID       uint   `gorm:"column:id;primaryKey,autoIncrement"`
	Username string `gorm:"column:username;not null;size:100;uniqueIndex;unique"`
	Email    string `gorm:"column:email;not null;size:255;uniqueIndex;unique"`
}

// Permissions is models/permissions.go, reduced.
type Permissions struct {
	ID               uint    `gorm:"primaryKey,autoIncrement"`
	UserId           *uint   `gorm:"index"`
	ClientId         *uint   `gorm:"index"`
	ServerIdentifier *string `gorm:"index"`
}

type UserSettings struct{ DB *gorm.DB }

// Update is services/usersettings.go:33: the conditions are a struct
// built above; create when missing, else save.
func (uss *UserSettings) Update(model *UserSetting) error {
	search := &UserSetting{
		Key:    model.Key,
		UserID: model.UserID,
	}

	err := uss.DB.Where(search).First(search).Error // race

	if err != nil && gorm.ErrRecordNotFound != err {
		return err
	}

	if err != nil {
		err = uss.DB.Omit(clause.Associations).Create(model).Error
	} else {
		err = uss.DB.Omit(clause.Associations).Save(model).Error
	}
	return err
}

type Permission struct{ DB *gorm.DB }

// GetForClientAndServer is services/permission.go:68: no unique key on
// (client_id, server_identifier), so the race gives two rows.
func (ps *Permission) GetForClientAndServer(id uint, serverId *string) (*Permissions, error) {
	permissions := &Permissions{
		ClientId:         &id,
		ServerIdentifier: serverId,
	}

	err := ps.DB.Preload(clause.Associations).Where(permissions).FirstOrCreate(permissions).Error // race

	return permissions, err
}

type Users struct{ DB *gorm.DB }

func (us *Users) Get(username string) (*User, error) {
	model := &User{Username: username}
	if err := us.DB.Where(model).First(model).Error; err != nil {
		return nil, err
	}
	return model, nil
}

func (us *Users) GetByEmail(email string) (*User, error) {
	model := &User{Email: email}
	if err := us.DB.Where(model).First(model).Error; err != nil {
		return nil, err
	}
	return model, nil
}

func (us *Users) Create(user *User) error { return us.DB.Create(user).Error }

// EditServerUser is web/api/servers.go:723: the lookup is chosen in an
// if/else, then one not-found test creates the invited user.
func EditServerUser(db *gorm.DB, email, username string) (int, error) {
	us := &Users{DB: db}
	var err error
	var user *User
	if email != "" {
		user, err = us.GetByEmail(email) // race
	} else {
		user, err = us.Get(username)
	}

	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return http.StatusInternalServerError, err
	} else if errors.Is(err, gorm.ErrRecordNotFound) {
		if email == "" {
			return http.StatusBadRequest, err
		}
		user = &User{
			Username: uuid.NewString(),
			Email:    email,
		}
		if err := us.Create(user); err != nil {
			return http.StatusInternalServerError, err
		}
	}
	return http.StatusOK, nil
}
