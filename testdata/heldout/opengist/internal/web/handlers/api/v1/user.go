package v1

import (
	"crypto/md5"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"example.com/heldout/opengist/internal/config"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/git"
	"example.com/heldout/opengist/internal/web/context"
)

// UpdateUserRequest reproduces internal/web/handlers/api/v1/types/user.go
// (UpdateUserRequest).
type UpdateUserRequest struct {
	Username *string `json:"username"`
	Email    *string `json:"email"`
}

// UpdateUser reproduces internal/web/handlers/api/v1/user.go:33
// (PATCH /api/user). Reduced: the response is the user instead of
// ToPrivateAPI().
func UpdateUser(ctx *context.Context) error {
	var req UpdateUserRequest
	if err := ctx.Bind(&req); err != nil {
		return ctx.ErrorJson(422, "could not bind data", nil)
	}
	if req.Username == nil && req.Email == nil {
		return ctx.ErrorJson(422, "at least one of username or email must be set", nil)
	}

	user := ctx.User

	if req.Username != nil && !strings.EqualFold(*req.Username, user.Username) {
		// Same validator the web settings page uses (max=24, alphanumdash,
		// notreserved).
		dto := &db.UserUsernameDTO{Username: *req.Username}
		if err := ctx.Validate(dto); err != nil {
			return ctx.ErrorJson(422, err.Error(), nil)
		}

		exists, err := db.UserExists(dto.Username) // safe: guards an update only (the rename is user.Update on the caller's existing row); no user row is inserted
		if err != nil {
			return ctx.ErrorJson(500, "failed to check username uniqueness", err)
		}
		if exists {
			return ctx.ErrorJson(409, "username already taken", nil)
		}

		// Rename the user's repos directory on disk so subsequent git
		// operations resolve correctly under the new name.
		sourceDir := filepath.Join(config.GetHomeDir(), git.ReposDirectory, strings.ToLower(user.Username))
		destinationDir := filepath.Join(config.GetHomeDir(), git.ReposDirectory, strings.ToLower(dto.Username))
		if sourceDir != destinationDir {
			if _, err := os.Stat(sourceDir); !os.IsNotExist(err) {
				if err := os.Rename(sourceDir, destinationDir); err != nil {
					return ctx.ErrorJson(500, "failed to rename user directory", err)
				}
			}
		}
		user.Username = dto.Username
	}

	if req.Email != nil {
		email := strings.ToLower(strings.TrimSpace(*req.Email))
		user.Email = email
		// Gravatar key: hash of the lowercased email (or a random value when
		// no email is set, matching EmailProcess).
		if email == "" {
			user.MD5Hash = fmt.Sprintf("%x", md5.Sum([]byte(time.Now().String())))
		} else {
			user.MD5Hash = fmt.Sprintf("%x", md5.Sum([]byte(email)))
		}
	}

	if err := user.Update(); err != nil {
		return ctx.ErrorJson(500, "failed to update user", err)
	}
	return ctx.JSON(200, user)
}
