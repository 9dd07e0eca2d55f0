// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/user"
	"github.com/google/uuid"
)

// userRepo is data/user.go:36.
type userRepo struct {
	data *Data
}

// NewUserRepo is data/user.go:41.
func NewUserRepo(data *Data) biz.UserRepo {
	return &userRepo{
		data: data,
	}
}

// FindByEmail is data/user.go:48: returns (nil, nil) when not found.
func (r *userRepo) FindByEmail(ctx context.Context, email string) (*biz.User, error) {
	u, err := r.data.DB.User.Query().
		Where(user.Email(email)).
		Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if u == nil {
		return nil, nil
	}

	return entUserToBizUser(u), nil
}

// CreateByEmail is data/user.go:64.
func (r *userRepo) CreateByEmail(ctx context.Context, email string, firstName, lastName *string) (*biz.User, error) {
	u, err := r.data.DB.User.Create().SetEmail(email).SetNillableFirstName(firstName).SetNillableLastName(lastName).Save(ctx)
	if err != nil {
		return nil, err
	}

	// Query it to load the fully formed object, including proper casted dates that come from the DB
	return r.FindByID(ctx, u.ID)
}

// UpdateNameAndLastName is data/user.go:78.
func (r *userRepo) UpdateNameAndLastName(ctx context.Context, userID uuid.UUID, firstName, lastName *string) (*biz.User, error) {
	u, err := r.data.DB.User.UpdateOneID(userID).SetNillableFirstName(firstName).SetNillableLastName(lastName).SetUpdatedAt(time.Now()).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("error updating user name: %w", err)
	}

	return entUserToBizUser(u), nil
}

// FindByID is data/user.go:91: returns (nil, nil) when not found.
func (r *userRepo) FindByID(ctx context.Context, userID uuid.UUID) (*biz.User, error) {
	u, err := r.data.DB.User.Get(ctx, userID)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if u == nil {
		return nil, nil
	}

	return entUserToBizUser(u), nil
}

// entUserToBizUser is data/user.go:183.
func entUserToBizUser(eu *ent.User) *biz.User {
	base := &biz.User{
		ID:        eu.ID.String(),
		Email:     eu.Email,
		FirstName: eu.FirstName,
		LastName:  eu.LastName,
		CreatedAt: toTimePtr(eu.CreatedAt),
		UpdatedAt: toTimePtr(eu.UpdatedAt),
	}

	if eu.HasRestrictedAccess != nil {
		base.HasRestrictedAccess = eu.HasRestrictedAccess
	}

	return base
}
