// Package service reproduces pocket-id/pocket-id d258d952b157 backend/internal/service.
package service

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/appconfig"
	"example.com/realworld/pocketid/backend/internal/apperror"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
	"example.com/realworld/pocketid/backend/internal/storage"
)

// UserService is backend/internal/service/user_service.go:29 (jwt, audit, app-images and SCIM dependencies trimmed).
type UserService struct {
	db                 *gorm.DB
	customClaimService *CustomClaimService
	fileStorage        storage.FileStorage
}

// NewUserService is backend/internal/service/user_service.go:39.
func NewUserService(db *gorm.DB, customClaimService *CustomClaimService, fileStorage storage.FileStorage) *UserService {
	return &UserService{
		db:                 db,
		customClaimService: customClaimService,
		fileStorage:        fileStorage,
	}
}

// GetUser is backend/internal/service/user_service.go:69.
func (s *UserService) GetUser(ctx context.Context, userID string) (model.User, error) {
	return s.getUserInternal(ctx, userID, s.db)
}

// getUserInternal is backend/internal/service/user_service.go:73.
func (s *UserService) getUserInternal(ctx context.Context, userID string, tx *gorm.DB) (model.User, error) {
	var user model.User
	err := tx.
		WithContext(ctx).
		Preload("UserGroups").
		Preload("CustomClaims").
		Where("id = ?", userID).
		First(&user).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.User{}, apperror.UserNotFound()
	}
	return user, err
}

// GetProfilePicture is backend/internal/service/user_service.go:89 (the
// app-images default-picture branch is trimmed).
func (s *UserService) GetProfilePicture(ctx context.Context, userID string) (io.ReadCloser, int64, error) {
	// Validate the user ID to prevent directory traversal
	if err := uuid.Validate(userID); err != nil {
		return nil, 0, errors.New("invalid user ID")
	}

	user, err := s.GetUser(ctx, userID)
	if err != nil {
		return nil, 0, err
	}

	profilePicturePath := path.Join("profile-pictures", userID+".png")

	// Try custom profile picture
	file, size, err := s.fileStorage.Open(ctx, profilePicturePath)
	if err == nil {
		return file, size, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, 0, err
	}

	// Try cached default for initials
	defaultPicturePath := path.Join("profile-pictures", "defaults", user.Initials()+".png")
	file, size, err = s.fileStorage.Open(ctx, defaultPicturePath) // safe: the database FileStorage.Save is INSERT ... ON CONFLICT (path) DO UPDATE
	if err == nil {
		return file, size, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, 0, err
	}

	// Create and return generated default with initials
	defaultPicture, err := createDefaultProfilePicture(user.Initials())
	if err != nil {
		return nil, 0, err
	}

	// Save the default picture for future use (in a goroutine to avoid blocking)
	defaultPictureBytes := defaultPicture.Bytes()
	//#nosec G118 - We use a background context as this is running in background
	// nolint:contextcheck
	go func() {
		// Use bytes.NewReader because we need an io.ReadSeeker
		rErr := s.fileStorage.Save(context.Background(), defaultPicturePath, bytes.NewReader(defaultPictureBytes))
		if rErr != nil {
			slog.Error("Failed to cache default profile picture", slog.String("initials", user.Initials()), slog.Any("error", rErr))
		}
	}()

	return io.NopCloser(bytes.NewReader(defaultPictureBytes)), int64(len(defaultPictureBytes)), nil
}

// createDefaultProfilePicture stands in for backend/internal/utils/image.CreateDefaultProfilePicture.
func createDefaultProfilePicture(initials string) (*bytes.Buffer, error) {
	return bytes.NewBufferString(initials), nil
}

// UpdateProfilePicture is backend/internal/service/user_service.go:168 (image conversion trimmed).
func (s *UserService) UpdateProfilePicture(ctx context.Context, userID string, file io.ReadSeeker) error {
	// Validate the user ID to prevent directory traversal
	err := uuid.Validate(userID)
	if err != nil {
		return errors.New("invalid user ID")
	}

	if _, err := s.GetUser(ctx, userID); err != nil {
		return err
	}

	profilePicturePath := path.Join("profile-pictures", userID+".png")
	err = s.fileStorage.Save(ctx, profilePicturePath, file)
	if err != nil {
		return err
	}

	return nil
}

// DeleteUserInternal is backend/internal/service/user_service.go:221.
func (s *UserService) DeleteUserInternal(ctx context.Context, cfg *appconfig.AppConfigModel, tx *gorm.DB, userID string, allowLdapDelete bool) error {
	var user model.User
	err := tx.
		WithContext(ctx).
		Where("id = ?", userID).
		Clauses(clause.Locking{Strength: "UPDATE"}).
		First(&user).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return apperror.UserNotFound()
	}
	if err != nil {
		return fmt.Errorf("failed to load user to delete: %w", err)
	}

	// Disallow deleting the user if it is an LDAP user, LDAP is enabled, and the user is not disabled
	if !allowLdapDelete && !user.Disabled && user.LdapID != nil {
		if cfg.LdapEnabled.IsTrue() {
			return apperror.LdapUserUpdate()
		}
	}

	err = tx.WithContext(ctx).Delete(&user).Error
	if err != nil {
		return fmt.Errorf("failed to delete user: %w", err)
	}

	return nil
}

// CreateUserInternal is backend/internal/service/user_service.go:273.
func (s *UserService) CreateUserInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, input dto.UserCreateDto, isLdapSync bool, tx *gorm.DB) (model.User, error) {
	return s.createUserInternal(ctx, input, isLdapSync, tx, dbConfig)
}

// createUserInternal is backend/internal/service/user_service.go:277
// (touchUserGroups and the default-groups step are trimmed).
func (s *UserService) createUserInternal(ctx context.Context, input dto.UserCreateDto, isLdapSync bool, tx *gorm.DB, cfg *appconfig.AppConfigModel) (model.User, error) {
	if cfg.RequireUserEmail.IsTrue() && input.Email == nil {
		return model.User{}, apperror.MissingField("email")
	}

	var userGroups []model.UserGroup
	if len(input.UserGroupIds) > 0 {
		err := tx.
			WithContext(ctx).
			Where("id IN ?", input.UserGroupIds).
			Find(&userGroups).
			Error
		if err != nil {
			return model.User{}, err
		}
	}

	user := model.User{
		FirstName:     input.FirstName,
		LastName:      input.LastName,
		DisplayName:   input.DisplayName,
		Email:         input.Email,
		EmailVerified: input.EmailVerified,
		Username:      input.Username,
		IsAdmin:       input.IsAdmin,
		Locale:        input.Locale,
		Disabled:      input.Disabled,
		UserGroups:    userGroups,
	}
	if input.ID != "" {
		user.ID = input.ID
	}
	if input.LdapID != "" {
		user.LdapID = &input.LdapID
	}

	err := tx.WithContext(ctx).Create(&user).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		// Do not follow this path if we're using LDAP, as we don't want to roll-back the transaction here
		if !isLdapSync {
			tx.Rollback()
			// If we are here, the transaction is already aborted due to an error, so we pass s.db
			err = s.checkDuplicatedFields(ctx, user, s.db)
		} else {
			err = s.checkDuplicatedFields(ctx, user, tx)
		}

		return model.User{}, err
	} else if err != nil {
		return model.User{}, err
	}

	// Apply default groups and claims for new non-LDAP users
	if !isLdapSync {
		err = s.applyDefaultCustomClaims(ctx, &user, tx, cfg)
		if err != nil {
			return model.User{}, err
		}
	}

	return user, nil
}

// applyDefaultCustomClaims is backend/internal/service/user_service.go:427 (JSON config parsing trimmed).
func (s *UserService) applyDefaultCustomClaims(ctx context.Context, user *model.User, tx *gorm.DB, cfg *appconfig.AppConfigModel) error {
	var claims []dto.CustomClaimCreateDto
	if len(claims) > 0 {
		_, err := s.customClaimService.updateCustomClaimsInternal(ctx, UserID, user.ID, claims, tx)
		if err != nil {
			return fmt.Errorf("failed to apply default custom claims: %w", err)
		}
	}

	return nil
}

// UpdateUserInternal is backend/internal/service/user_service.go:470 (restricted-update rules trimmed).
func (s *UserService) UpdateUserInternal(ctx context.Context, cfg *appconfig.AppConfigModel, userID string, updatedUser dto.UserCreateDto, updateOwnUser bool, isLdapSync bool, tx *gorm.DB) (model.User, error) {
	if cfg.RequireUserEmail.IsTrue() && updatedUser.Email == nil {
		return model.User{}, apperror.MissingField("email")
	}

	var user model.User
	err := tx.
		WithContext(ctx).
		Where("id = ?", userID).
		Clauses(clause.Locking{Strength: "UPDATE"}).
		First(&user).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return model.User{}, apperror.UserNotFound()
	}
	if err != nil {
		return model.User{}, err
	}

	user.FirstName = updatedUser.FirstName
	user.LastName = updatedUser.LastName
	user.DisplayName = updatedUser.DisplayName
	user.Username = updatedUser.Username
	user.Locale = updatedUser.Locale
	user.Email = updatedUser.Email

	now := datatype.DateTime(time.Now())
	user.UpdatedAt = &now

	err = tx.
		WithContext(ctx).
		Save(&user).
		Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		// Do not follow this path if we're using LDAP, as we don't want to roll-back the transaction here
		if !isLdapSync {
			tx.Rollback()
			// If we are here, the transaction is already aborted due to an error, so we pass s.db
			err = s.checkDuplicatedFields(ctx, user, s.db)
		} else {
			err = s.checkDuplicatedFields(ctx, user, tx)
		}

		return user, err
	} else if err != nil {
		return user, err
	}

	return user, nil
}

// checkDuplicatedFields is backend/internal/service/user_service.go:608.
func (s *UserService) checkDuplicatedFields(ctx context.Context, user model.User, tx *gorm.DB) error {
	var result struct {
		Found bool
	}
	err := tx.
		WithContext(ctx).
		Raw(`SELECT EXISTS(SELECT 1 FROM users WHERE id != ? AND email = ?) AS found`, user.ID, user.Email).
		First(&result).
		Error
	if err != nil {
		return err
	}
	if result.Found {
		return apperror.AlreadyInUse("email")
	}

	err = tx.
		WithContext(ctx).
		Raw(`SELECT EXISTS(SELECT 1 FROM users WHERE id != ? AND username = ?) AS found`, user.ID, user.Username).
		First(&result).
		Error
	if err != nil {
		return err
	}
	if result.Found {
		return apperror.AlreadyInUse("username")
	}

	return nil
}

// DisableUserInternal is backend/internal/service/user_service.go:659.
func (s *UserService) DisableUserInternal(ctx context.Context, tx *gorm.DB, userID string) error {
	err := tx.
		WithContext(ctx).
		Model(&model.User{}).
		Where("id = ?", userID).
		Update("disabled", true).
		Error

	if err != nil {
		return err
	}

	return nil
}
