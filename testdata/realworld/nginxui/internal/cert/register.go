// Package cert reproduces 0xJacky/nginx-ui 1df16d75f689 internal/cert.
package cert

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/settings"
	"example.com/realworld/nginxui/third_party/cosy/logger"
)

// InitRegister is internal/cert/register.go:15: registers the default ACME user on startup.
func InitRegister(ctx context.Context) {
	email := settings.CertSettings.Email
	if settings.CertSettings.Email == "" {
		return
	}
	caDir := settings.CertSettings.GetCADir()
	u := query.AcmeUser

	_, err := u.Where(u.Email.Eq(email),
		u.CADir.Eq(caDir)).First() // race

	if err == nil {
		return
	}

	if !errors.Is(err, gorm.ErrRecordNotFound) {
		logger.Error(err)
		return
	}

	// Create a new user
	user := &model.AcmeUser{
		Name:  "System Initial User",
		Email: email,
		CADir: caDir,
	}

	err = user.Register()
	if err != nil {
		logger.Error(err)
		return
	}

	err = u.Create(user)
	if err != nil {
		logger.Error(err)
		return
	}

	logger.Info("ACME Default User registered")
}
