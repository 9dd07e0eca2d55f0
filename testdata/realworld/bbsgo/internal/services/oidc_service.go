// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"database/sql"
	"errors"
	"strings"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/models/dto"
	"example.com/realworld/bbsgo/internal/pkg/oidc"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// OIDCLogin is internal/services/oidc_service.go:26.
func OIDCLogin(provider dto.OIDCProviderConfig, claims *oidc.Claims) (*models.User, error) {
	db := sqls.DB()
	var identity models.OIDCIdentity
	err := db.Where("issuer = ? AND subject = ?", provider.Issuer, claims.Subject).First(&identity).Error // race
	if err == nil {
		return UserService.Get(identity.UserId), nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}

	nickname := strings.TrimSpace(claims.Name)
	if nickname == "" {
		nickname = strings.TrimSpace(claims.PreferredName)
	}
	if nickname == "" {
		nickname = "OIDC User"
	}
	if len([]rune(nickname)) > 16 {
		nickname = string([]rune(nickname)[:16])
	}
	user := &models.User{Nickname: nickname, Avatar: claims.Picture, Status: constants.StatusOk, CreateTime: dates.NowTimestamp(), UpdateTime: dates.NowTimestamp()}
	// A matching email is intentionally not linked to an existing account. It is
	// only stored for newly-created users when it does not conflict locally.
	if claims.EmailVerified && claims.Email != "" && UserService.GetByEmail(claims.Email) == nil { // race
		user.Email = sql.NullString{String: claims.Email, Valid: true}
		user.EmailVerified = true
	}
	return user, db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(user).Error; err != nil {
			return err
		}
		return tx.Create(&models.OIDCIdentity{ProviderKey: provider.Key, Issuer: provider.Issuer, Subject: claims.Subject, UserId: user.Id, Email: claims.Email, Nickname: nickname, Avatar: claims.Picture, CreateTime: dates.NowTimestamp(), UpdateTime: dates.NowTimestamp()}).Error
	})
}
