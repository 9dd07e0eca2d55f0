package settings

import (
	"os"
	"path/filepath"
	"strings"

	"example.com/heldout/opengist/internal/config"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/git"
	"example.com/heldout/opengist/internal/i18n"
	"example.com/heldout/opengist/internal/validator"
	"example.com/heldout/opengist/internal/web/context"
)

// UsernameProcess reproduces internal/web/handlers/settings/account.go:54
// (PUT /settings/username).
func UsernameProcess(ctx *context.Context) error {
	user := ctx.User

	dto := new(db.UserUsernameDTO)
	if err := ctx.Bind(dto); err != nil {
		return ctx.ErrorRes(400, ctx.Tr("error.cannot-bind-data"), err)
	}

	if err := ctx.Validate(dto); err != nil {
		ctx.AddFlash(validator.ValidationMessages(&err, ctx.GetData("locale").(*i18n.Locale)), "error")
		return ctx.RedirectTo("/-/settings")
	}

	if !strings.EqualFold(dto.Username, user.Username) {
		if exists, err := db.UserExists(dto.Username); err != nil || exists { // safe: guards an update only (the rename is user.Update on the caller's existing row); no user row is inserted
			ctx.AddFlash(ctx.Tr("flash.auth.username-exists"), "error")
			return ctx.RedirectTo("/-/settings")
		}
	}

	sourceDir := filepath.Join(config.GetHomeDir(), git.ReposDirectory, strings.ToLower(user.Username))
	destinationDir := filepath.Join(config.GetHomeDir(), git.ReposDirectory, strings.ToLower(dto.Username))

	if sourceDir != destinationDir {
		if _, err := os.Stat(sourceDir); !os.IsNotExist(err) {
			err := os.Rename(sourceDir, destinationDir)
			if err != nil {
				return ctx.ErrorRes(500, "Cannot rename user directory", err)
			}
		}
	}

	user.Username = dto.Username

	if err := user.Update(); err != nil {
		return ctx.ErrorRes(500, "Cannot update username", err)
	}

	ctx.AddFlash(ctx.Tr("flash.user.username-updated"), "success")
	return ctx.RedirectTo("/-/settings")
}
