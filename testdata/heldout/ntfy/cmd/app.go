// Package cmd reproduces the ntfy CLI commands that call the user manager (cmd/*.go).
package cmd

import (
	"errors"
	"fmt"

	"example.com/heldout/ntfy/third_party/cli"
	"example.com/heldout/ntfy/user"
)

const (
	userEveryone = "everyone" // cmd/access.go:18
)

// createUserManager opens the auth database (cmd/user.go:335). Every CLI invocation is its own
// process with its own *user.Manager on the same SQLite file the server uses.
func createUserManager(c *cli.Context) (*user.Manager, error) {
	authFile := c.String("auth-file")
	authStartupQueries := c.String("auth-startup-queries")
	authDefaultAccess := c.String("auth-default-access")
	if authFile == "" {
		return nil, errors.New("option auth-file not set; auth is unconfigured for this server")
	}
	authDefault, err := user.ParsePermission(authDefaultAccess)
	if err != nil {
		return nil, errors.New("if set, auth-default-access must start set to 'read-write', 'read-only', 'write-only' or 'deny-all'")
	}
	return user.NewManager(authFile, authStartupQueries, authDefault, user.DefaultUserPasswordBcryptCost, user.DefaultUserStatsQueueWriterInterval)
}

// readPasswordAndConfirm reads the password from the terminal (cmd/user.go:351, reduced)
func readPasswordAndConfirm(c *cli.Context) (string, error) {
	return "", errors.New("password cannot be empty")
}

// printTier prints the tier (cmd/tier.go)
func printTier(c *cli.Context, tier *user.Tier) {
	fmt.Fprintf(c.App.ErrWriter, "tier %s (id: %s)\n", tier.Code, tier.ID)
}
