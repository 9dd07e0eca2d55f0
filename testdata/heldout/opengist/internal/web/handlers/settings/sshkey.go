// Package settings reproduces internal/web/handlers/settings of opengist.
package settings

import (
	"strings"

	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/internal/i18n"
	opengistssh "example.com/heldout/opengist/internal/ssh"
	"example.com/heldout/opengist/internal/validator"
	"example.com/heldout/opengist/internal/web/context"
	"example.com/heldout/opengist/third_party/ssh"
)

// SshKeysProcess reproduces internal/web/handlers/settings/sshkey.go:14
// (POST /settings/ssh-keys).
func SshKeysProcess(ctx *context.Context) error {
	user := ctx.User

	dto := new(db.SSHKeyDTO)
	if err := ctx.Bind(dto); err != nil {
		return ctx.ErrorRes(400, ctx.Tr("error.cannot-bind-data"), err)
	}

	if err := ctx.Validate(dto); err != nil {
		ctx.AddFlash(validator.ValidationMessages(&err, ctx.GetData("locale").(*i18n.Locale)), "error")
		return ctx.RedirectTo("/-/settings/ssh")
	}
	key := dto.ToSSHKey()

	key.UserID = user.ID

	pubKey, _, _, _, err := ssh.ParseAuthorizedKey([]byte(key.Content))
	if err != nil {
		ctx.AddFlash(ctx.Tr("flash.user.invalid-ssh-key"), "error")
		return ctx.RedirectTo("/-/settings/ssh")
	}
	key.Content = strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pubKey)))

	if exists, err := db.SSHKeyDoesExists(key.Content); exists { // race; no unique key: ssh_keys.content has no index (sshkey.go:14; migration.go:93-102 rebuilds the table with only the id primary key)
		if err != nil {
			return ctx.ErrorRes(500, "Cannot check if SSH key exists", err)
		}
		ctx.AddFlash(ctx.Tr("settings.ssh-key-exists"), "error")
		return ctx.RedirectTo("/-/settings/ssh")
	}

	if err := key.Create(); err != nil {
		return ctx.ErrorRes(500, "Cannot add SSH key", err)
	}
	opengistssh.SyncAuthorizedKeysLogged()

	ctx.AddFlash(ctx.Tr("flash.user.ssh-key-added"), "success")
	return ctx.RedirectTo("/-/settings/ssh")
}
