// Package cli is a reduced copy of miniflux internal/cli.
package cli // import "example.com/realworld/miniflux/internal/cli"

import (
	"fmt"
	"log/slog"
	"os"

	"example.com/realworld/miniflux/internal/config"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
	"example.com/realworld/miniflux/internal/validator"
)

// createAdminUserFromEnvironmentVariables is internal/cli/create_admin.go:15,
// called once at startup (internal/cli/cli.go:227).
func createAdminUserFromEnvironmentVariables(store *storage.Storage) {
	createAdminUser(store, config.Opts.AdminUsername(), config.Opts.AdminPassword())
}

// createAdminUser is internal/cli/create_admin.go:24.
func createAdminUser(store *storage.Storage, username, password string) {
	userCreationRequest := &model.UserCreationRequest{
		Username: username,
		Password: password,
		IsAdmin:  true,
	}

	if store.UserExists(userCreationRequest.Username) { // safe: single-threaded startup/CLI path (`miniflux -create-admin` or CREATE_ADMIN=1 at daemon start)
		slog.Info("Skipping admin user creation because it already exists",
			slog.String("username", userCreationRequest.Username),
		)
		return
	}

	if validationErr := validator.ValidateUserCreationWithPassword(store, userCreationRequest); validationErr != nil {
		printErrorAndExit(validationErr.Error())
	}

	if user, err := store.CreateUser(userCreationRequest); err != nil {
		printErrorAndExit(err)
	} else {
		slog.Info("Created new admin user",
			slog.String("username", user.Username),
			slog.Int64("user_id", user.ID),
		)
	}
}

func printErrorAndExit(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
