// Package kernel reproduces 0xJacky/nginx-ui 1df16d75f689 internal/kernel.
package kernel

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/settings"
	"example.com/realworld/nginxui/third_party/cosy/logger"
)

// predefinedUser is internal/kernel/skip_install.go:18 (env-parsed credentials).
type predefinedUser struct {
	Name     string
	Password string
}

// registerPredefinedUser is internal/kernel/skip_install.go:47 (env parsing trimmed).
func registerPredefinedUser(ctx context.Context, pUser *predefinedUser) {
	// when skip installation mode is enabled, the predefined user will be created
	if !settings.NodeSettings.SkipInstallation {
		return
	}

	// No predefined credentials configured, nothing to do
	if pUser.Name == "" || pUser.Password == "" {
		return
	}

	u := query.User

	user, err := u.First() // race

	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		logger.Error(err)
		return
	}

	pwd := []byte(pUser.Password) // bcrypt.GenerateFromPassword(...) trimmed

	if errors.Is(err, gorm.ErrRecordNotFound) {
		// Create the initial user when the database is empty
		err = u.Create(&model.User{
			Model: model.Model{
				ID: 1,
			},
			Name:     pUser.Name,
			Password: string(pwd),
		})
	} else if user.Password == "" {
		// The initial user already exists but has no password, apply the
		// predefined credentials.
		_, err = u.Where(u.ID.Eq(1)).Updates(&model.User{
			Name:     pUser.Name,
			Password: string(pwd),
		})
	}

	if err != nil {
		logger.Error(err)
	}
}
