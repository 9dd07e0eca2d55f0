// Package usersignup reproduces pocket-id/pocket-id d258d952b157 backend/internal/usersignup.
package usersignup

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"example.com/realworld/pocketid/backend/internal/appconfig"
	"example.com/realworld/pocketid/backend/internal/apperror"
	"example.com/realworld/pocketid/backend/internal/common"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
)

// authenticationMethodOneTimePassword identifies one-time-password authentication, used for the initial admin setup token
// It must match the value emitted by the JWT service in the access token's "amr" claim
const authenticationMethodOneTimePassword = "otp"

// Service is backend/internal/usersignup/service.go:28 (actor service, audit log and SCIM trimmed).
type Service struct {
	db          *gorm.DB
	userCreator UserCreator
	signer      TokenService
}

// signUpDto is backend/internal/usersignup/dto.go.
type signUpDto struct {
	Username  string
	Email     *string
	FirstName string
	LastName  string
}

// SignUpInitialAdmin is backend/internal/usersignup/service.go:151.
func (s *Service) SignUpInitialAdmin(ctx context.Context, config *appconfig.AppConfigModel, signUpData signUpDto) (model.User, string, error) {
	tx := s.db.Begin()
	defer func() {
		tx.Rollback()
	}()

	// We lock the users table to prevent concurrent initial admin setups from racing to create the first user
	// This is only necessary for Postgres, since SQLite serializes all writes anyway
	if err := lockInitialAdminSetup(ctx, tx); err != nil {
		return model.User{}, "", err
	}

	// Reject setup when a committed user already exists
	setupCompleted, err := s.isInitialAdminSetupCompleted(ctx, tx) // safe: users table locked (LOCK TABLE ... SHARE ROW EXCLUSIVE) in this transaction before the count
	if err != nil {
		return model.User{}, "", err
	}
	if setupCompleted {
		return model.User{}, "", apperror.SetupAlreadyCompleted()
	}

	// Build the first user with administrator privileges
	userToCreate := dto.UserCreateDto{
		FirstName:   signUpData.FirstName,
		LastName:    signUpData.LastName,
		DisplayName: strings.TrimSpace(signUpData.FirstName + " " + signUpData.LastName),
		Username:    signUpData.Username,
		Email:       signUpData.Email,
		IsAdmin:     true,
	}

	user, err := s.userCreator.CreateUserInternal(ctx, config, userToCreate, false, tx)
	if err != nil {
		return model.User{}, "", err
	}

	// Issue the setup session before committing so failures roll back the transaction
	token, err := s.signer.GenerateAccessToken(user, authenticationMethodOneTimePassword)
	if err != nil {
		return model.User{}, "", err
	}

	err = tx.Commit().Error
	if err != nil {
		return model.User{}, "", err
	}

	return user, token, nil
}

// lockInitialAdminSetup is backend/internal/usersignup/service.go:204.
func lockInitialAdminSetup(ctx context.Context, tx *gorm.DB) error {
	if tx.Name() != "postgres" {
		return nil
	}

	if err := tx.WithContext(ctx).Exec("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE").Error; err != nil {
		return fmt.Errorf("failed to lock users table for initial admin setup: %w", err)
	}

	return nil
}

// IsInitialAdminSetupCompleted is backend/internal/usersignup/service.go:216.
func (s *Service) IsInitialAdminSetupCompleted(ctx context.Context) (bool, error) {
	return s.isInitialAdminSetupCompleted(ctx, s.db)
}

// isInitialAdminSetupCompleted is backend/internal/usersignup/service.go:220.
func (s *Service) isInitialAdminSetupCompleted(ctx context.Context, db *gorm.DB) (bool, error) {
	var userCount int64
	if err := db.WithContext(ctx).Model(&model.User{}).
		Where("id != ?", common.StaticApiKeyUserID).
		Count(&userCount).Error; err != nil {
		return false, err
	}

	return userCount != 0, nil
}
