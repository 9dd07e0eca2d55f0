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

// CreateUser reproduces user/create.go:13 (lookup :20, insert :24).
func (r *ResolverForUser) CreateUser(ctx context.Context, name string, pass string, admin bool) (*gqlmodel.User, error) {
	newUser := &model.User{
		Name:  name,
		Pass:  createPassword(pass, r.PassStrength),
		Admin: admin,
	}

	// Two concurrent createUser mutations with one name both pass the check; users.name
	// is UNIQUE (model/user.go:6, `gorm:"unique"`), so the second INSERT fails with a
	// unique violation instead of the "does already exist" error.
	if !errors.Is(r.DB.Where("name = ?", newUser.Name).Take(&model.User{}).Error, gorm.ErrRecordNotFound) { // race
		return nil, fmt.Errorf("user with name '%s' does already exist", newUser.Name)
	}

	create := r.DB.Create(&newUser)
	gqlUser := &gqlmodel.User{}
	copier.Copy(gqlUser, newUser)
	return gqlUser, create.Error
}
