// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// userOwnedModels is internal/storage/db/sql/user.go:80 (trimmed to the reproduced schemas).
var userOwnedModels = []interface{}{
	&schemas.FederatedIdentity{},
	&schemas.OrgMembership{},
	&schemas.Authenticator{},
}

// AddUser is internal/storage/db/sql/user.go:18.
// AddUser to save user information in database
func (p *provider) AddUser(ctx context.Context, user *schemas.User) (*schemas.User, error) {
	if user.ID == "" {
		user.ID = uuid.New().String()
	}

	if user.Roles == "" {
		user.Roles = strings.Join(p.config.DefaultRoles, ",")
	}

	// Check email and phone uniqueness independently: a signup supplying both
	// must be rejected if EITHER already exists. These were previously chained
	// with else-if, which skipped the email check whenever a phone number was
	// also supplied and let duplicate emails persist.
	if user.PhoneNumber != nil && strings.TrimSpace(refs.StringValue(user.PhoneNumber)) != "" {
		if u, _ := p.GetUserByPhoneNumber(ctx, refs.StringValue(user.PhoneNumber)); u != nil && u.ID != user.ID { // race
			return user, fmt.Errorf("user with given phone number already exists")
		}
	}
	if user.Email != nil && strings.TrimSpace(refs.StringValue(user.Email)) != "" {
		if u, _ := p.GetUserByEmail(ctx, refs.StringValue(user.Email)); u != nil && u.ID != user.ID { // race
			return user, fmt.Errorf("user with given email already exists")
		}
	}

	user.CreatedAt = time.Now().Unix()
	user.UpdatedAt = time.Now().Unix()
	user.Key = user.ID
	result := p.db.WithContext(ctx).Create(&user)

	if result.Error != nil {
		return user, result.Error
	}

	return user, nil
}

// UpdateUser is internal/storage/db/sql/user.go:61.
// UpdateUser to update user information in database.
//
// Callers MUST load the existing record (e.g. GetUserByID / GetUserByEmail)
// before mutating and passing it here. GORM's Save writes every column, so a
// partially-populated struct would silently blank Password, Roles and any other
// unset field. A zero CreatedAt means the struct was never loaded from the
// database, so reject it to prevent that data loss.
func (p *provider) UpdateUser(ctx context.Context, user *schemas.User) (*schemas.User, error) {
	if user.CreatedAt == 0 {
		return user, fmt.Errorf("cannot update user: record not loaded (created_at is zero — partial struct detected)")
	}
	user.UpdatedAt = time.Now().Unix()

	result := p.db.WithContext(ctx).Save(&user)

	if result.Error != nil {
		return user, result.Error
	}

	return user, nil
}

// DeleteUser is internal/storage/db/sql/user.go:91.
// DeleteUser to delete user information from database
func (p *provider) DeleteUser(ctx context.Context, user *schemas.User) error {
	// Hard delete: the user row and every row keyed on their id go together, in
	// one transaction, so a failure cannot leave orphans behind. See
	// schemas.UserOwnedCollections for why an orphan here is a lockout.
	err := p.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, m := range userOwnedModels {
			if err := tx.Where("user_id = ?", user.ID).Delete(m).Error; err != nil {
				return err
			}
		}
		return tx.Delete(&user).Error
	})
	if err != nil {
		p.dependencies.Log.Warn().Err(err).Str("user_id", user.ID).Msg("DeleteUser: cascade transaction failed, rolled back")
	}
	return err
}

// GetUserByEmail is internal/storage/db/sql/user.go:141.
// GetUserByEmail to get user information from database using email address
func (p *provider) GetUserByEmail(ctx context.Context, email string) (*schemas.User, error) {
	var user *schemas.User
	result := p.db.WithContext(ctx).Where("email = ?", email).First(&user)
	if result.Error != nil {
		return nil, result.Error
	}
	return user, nil
}

// GetUserByID is internal/storage/db/sql/user.go:151.
// GetUserByID to get user information from database using user ID
func (p *provider) GetUserByID(ctx context.Context, id string) (*schemas.User, error) {
	var user *schemas.User
	result := p.db.WithContext(ctx).Where("id = ?", id).First(&user)
	if result.Error != nil {
		return nil, result.Error
	}
	return user, nil
}

// GetUserByExternalID is internal/storage/db/sql/user.go:181.
// GetUserByExternalID fetches an IdP-provisioned user by its org-namespaced
// external ID. The lookup key is the composite "<orgID>:<externalID>".
func (p *provider) GetUserByExternalID(ctx context.Context, orgID, externalID string) (*schemas.User, error) {
	var user *schemas.User
	result := p.db.WithContext(ctx).Where("external_id = ?", orgID+":"+externalID).First(&user)
	if result.Error != nil {
		return nil, result.Error
	}
	return user, nil
}

// GetUserByPhoneNumber is internal/storage/db/sql/user.go:191.
// GetUserByPhoneNumber to get user information from database using phone number
func (p *provider) GetUserByPhoneNumber(ctx context.Context, phoneNumber string) (*schemas.User, error) {
	var user *schemas.User
	result := p.db.WithContext(ctx).Where("phone_number = ?", phoneNumber).First(&user)
	if result.Error != nil {
		return nil, result.Error
	}
	return user, nil
}
