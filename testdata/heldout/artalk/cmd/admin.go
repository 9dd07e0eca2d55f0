// Package cmd reproduces ArtalkJS/Artalk d25beede911d cmd.
package cmd

import (
	"fmt"

	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/i18n"
	"example.com/heldout/artalk/internal/log"
)

// Command stands in for github.com/spf13/cobra.Command.
type Command struct {
	Use   string
	Short string
	Run   func(cmd *Command, args []string)
	flags map[string]string
}

// GetString stands in for cobra flag lookup (cmd.Flags().GetString).
func (c *Command) GetString(name string) (string, error) {
	return c.flags[name], nil
}

// NewAdminCommand reproduces cmd/admin.go:18 (interactive credential prompt trimmed).
func NewAdminCommand(app *core.App) *Command {
	adminCmd := &Command{
		Use:   "admin",
		Short: "Create or edit an administrator account",
		Run: func(cmd *Command, args []string) {
			fmt.Println("--------------------------------")
			fmt.Println(" " + i18n.T("Create admin account"))
			fmt.Println("--------------------------------")

			// get from flags
			username, _ := cmd.GetString("name")
			email, _ := cmd.GetString("email")
			password, _ := cmd.GetString("password")

			findUser := app.Dao().FindUser(username, email) // race
			if !findUser.IsEmpty() {
				findUser.SetPasswordEncrypt(password)
				findUser.IsAdmin = true
				if err := app.Dao().UpdateUser(&findUser); err != nil {
					log.Fatal(err)
				}

				log.Info(i18n.T("{{name}} already exists", map[string]interface{}{"name": i18n.T("Account")}) +
					", " + i18n.T("Password updated"))
				return
			}

			user := entity.User{
				Name:       username,
				Email:      email,
				IsAdmin:    true,
				BadgeName:  i18n.T("Admin"),
				BadgeColor: "#0083FF",
			}
			user.SetPasswordEncrypt(password)

			if err := app.Dao().CreateUser(&user); err != nil {
				log.Fatal(err)
			}

			fmt.Println("--------------------------------")
			fmt.Println("  Name: " + username)
			fmt.Println("  Mail: " + email)
			fmt.Println("--------------------------------")
		},
	}

	return adminCmd
}
