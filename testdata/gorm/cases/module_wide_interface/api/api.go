// Package api uses the user store through an interface that package
// database implements without importing api (gotify's api/user.go): only
// the command's module-wide pass resolves it; go vet cannot.
package api

import (
	"errors"

	"example.com/gormcases/cases/module_wide_interface/model"
)

type UserDatabase interface {
	GetUserByName(name string) (*model.User, error)
	CreateUser(user *model.User) error
}

type UserAPI struct{ DB UserDatabase }

func (a *UserAPI) Register(name string) error {
	existing, err := a.DB.GetUserByName(name)
	if err != nil {
		return err
	}
	if existing != nil {
		return errors.New("username taken")
	}
	return a.DB.CreateUser(&model.User{Name: name})
}
