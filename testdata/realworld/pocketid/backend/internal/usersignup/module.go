// Package usersignup reproduces pocket-id/pocket-id d258d952b157 backend/internal/usersignup.
package usersignup

import (
	"context"

	"gorm.io/gorm"

	"example.com/realworld/pocketid/backend/internal/appconfig"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
)

// UserCreator is backend/internal/usersignup/module.go:26.
type UserCreator interface {
	CreateUserInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, input dto.UserCreateDto, isLdapSync bool, tx *gorm.DB) (model.User, error)
}

// TokenService is backend/internal/usersignup/module.go (trimmed).
type TokenService interface {
	GenerateAccessToken(user model.User, authenticationMethod string) (string, error)
}
