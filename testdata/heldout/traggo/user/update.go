package user

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/copier"
	"example.com/heldout/traggo/pkg/gqlmodel"
	"gorm.io/gorm"
)

// UpdateUser reproduces user/update.go:13 (lookup :15, save :26).
func (r *ResolverForUser) UpdateUser(ctx context.Context, id int, name string, pass *string, admin bool) (*gqlmodel.User, error) {
	user := new(model.User)
	if errors.Is(r.DB.Take(user, id).Error, gorm.ErrRecordNotFound) { // safe: the lookup by primary key guards an update; not found is an error, found is saved back under its id
		return nil, fmt.Errorf("user with id %d does not exist", id)
	}

	user.Name = name
	user.Admin = admin

	if pass != nil {
		user.Pass = createPassword(*pass, r.PassStrength)
	}

	update := r.DB.Save(user)
	gqlUser := &gqlmodel.User{}
	copier.Copy(gqlUser, user)
	return gqlUser, update.Error
}
