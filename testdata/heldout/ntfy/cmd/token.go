package cmd

import (
	"errors"
	"fmt"
	"net/netip"
	"time"

	"example.com/heldout/ntfy/third_party/cli"
	"example.com/heldout/ntfy/user"
	"example.com/heldout/ntfy/util"
)

// Reproduces cmd/token.go:93.
func execTokenAdd(c *cli.Context) error {
	username := c.Args().Get(0)
	expiresStr := c.String("expires")
	label := c.String("label")
	if username == "" {
		return errors.New("username expected, type 'ntfy token add --help' for help")
	} else if username == userEveryone || username == user.Everyone {
		return errors.New("username not allowed")
	}
	expires := time.Unix(0, 0)
	if expiresStr != "" {
		var err error
		expires, err = util.ParseFutureTime(expiresStr, time.Now())
		if err != nil {
			return err
		}
	}
	manager, err := createUserManager(c)
	if err != nil {
		return err
	}
	u, err := manager.User(username) // safe: parent-user lookup; CreateToken inserts a fresh random token
	if err == user.ErrUserNotFound {
		return fmt.Errorf("user %s does not exist", username)
	} else if err != nil {
		return err
	}
	token, err := manager.CreateToken(u.ID, label, expires, netip.IPv4Unspecified())
	if err != nil {
		return err
	}
	if expires.Unix() == 0 {
		fmt.Fprintf(c.App.ErrWriter, "token %s created for user %s, never expires\n", token.Value, u.Name)
	} else {
		fmt.Fprintf(c.App.ErrWriter, "token %s created for user %s, expires %v\n", token.Value, u.Name, expires.Format(time.UnixDate))
	}
	return nil
}
