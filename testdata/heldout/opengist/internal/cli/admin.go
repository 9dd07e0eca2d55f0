// Package cli reproduces internal/cli/admin.go of opengist (the admin CLI).
package cli

import (
	"crypto/md5"
	"fmt"
	"os"
	"strings"

	"example.com/heldout/opengist/internal/auth/password"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/third_party/cli"
)

// cliError reproduces internal/cli/admin.go:22.
func cliError(format string, a ...any) error {
	err := fmt.Errorf(format, a...)
	fmt.Fprintln(os.Stderr, "Error:", err)
	return err
}

// CmdAdminCreateUser reproduces internal/cli/admin.go:66 ("opengist admin
// create-user"; upstream doc: "The command is idempotent: if the user already
// exists it does nothing ... safe to re-run from a provisioning playbook").
// Reduced: initialize (config + db.Setup, :28), the username validator (:107)
// and --password-stdin (:163) are dropped.
var CmdAdminCreateUser = cli.Command{
	Name:      "create-user",
	Usage:     "Create a new user (useful to seed an admin account at install time)",
	ArgsUsage: "[command options]",
	Flags: []cli.Flag{
		&cli.StringFlag{
			Name:    "username",
			Aliases: []string{"u"},
			Usage:   "Username of the new user",
		},
		&cli.StringFlag{
			Name:    "password",
			Aliases: []string{"p"},
			Usage:   "Password for the new user",
		},
		&cli.StringFlag{
			Name:  "email",
			Usage: "Email address of the new user",
		},
		&cli.BoolFlag{
			Name:  "admin",
			Usage: "Grant administrator privileges to the new user",
		},
	},
	Action: func(ctx *cli.Context) error {
		username := ctx.String("username")
		if username == "" {
			return cliError("username is required (use --username)")
		}

		plainPassword := ctx.String("password")
		if plainPassword == "" {
			return cliError("password is required (use --password or --password-stdin)")
		}

		// Idempotent: provisioning tools may re-run this command, so a no-op on
		// an existing user is preferred over an error.
		exists, err := db.UserExists(username) // race; no unique key: users.username_normalized is only gorm:"index" (user.go:17) and the tag on username, "uniqueIndex,size:191" (user.go:16), is malformed so AutoMigrate creates no unique index
		if err != nil {
			fmt.Printf("Cannot check if user %s exists: %s\n", username, err)
			return err
		}
		if exists {
			fmt.Printf("User %s already exists; nothing to do.\n", username)
			return nil
		}

		email := strings.ToLower(strings.TrimSpace(ctx.String("email")))

		hashedPassword, err := password.HashPassword(plainPassword)
		if err != nil {
			fmt.Printf("Cannot hash password for user %s: %s\n", username, err)
			return err
		}

		user := &db.User{
			Username: username,
			Password: hashedPassword,
			Email:    email,
			MD5Hash:  gravatarHash(email),
			IsAdmin:  ctx.Bool("admin"),
		}

		if err = user.Create(); err != nil {
			fmt.Printf("Cannot create user %s: %s\n", username, err)
			return err
		}

		fmt.Printf("User %s has been created", username)
		if user.IsAdmin {
			fmt.Print(" with administrator privileges")
		}
		fmt.Println(".")
		return nil
	},
}

// gravatarHash reproduces internal/cli/admin.go:185.
func gravatarHash(email string) string {
	if email == "" {
		return ""
	}
	return fmt.Sprintf("%x", md5.Sum([]byte(email)))
}
