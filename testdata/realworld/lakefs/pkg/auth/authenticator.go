package auth

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/logging"
)

// GetOrCreateUser searches for the user by username, and if not found, creates a new user with the given username and
// external user identifier.  It returns the username of the user.
// This function is meant to be used by Authenticator implementations in the ChainAuthenticator.
func GetOrCreateUser(ctx context.Context, logger logging.Logger, authService Service, username, friendlyName, userGroup, source string) (*model.User, error) {
	log := logger.WithFields(logging.Fields{
		"username":     username,
		"friendlyName": friendlyName,
		"group":        userGroup,
		"source":       source,
	})

	user, err := authService.GetUser(ctx, username) // race
	if err == nil {
		log.WithField("user", fmt.Sprintf("%+v", user)).Debug("Got existing user")
		return user, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("get user %s: %w", username, err)
	}

	log.Info("first time remote authenticated user, creating them")

	newUser := &model.User{
		CreatedAt:    time.Now().UTC(),
		Username:     username,
		FriendlyName: &friendlyName,
		Source:       source,
	}

	_, err = authService.CreateUser(ctx, newUser)
	if err != nil {
		return nil, fmt.Errorf("create backing user for remote auth user %s: %w", newUser.Username, err)
	}

	err = authService.AddUserToGroup(ctx, newUser.Username, userGroup)
	if err != nil {
		return nil, fmt.Errorf("add newly created remote auth user %s to %s: %w", newUser.Username, userGroup, err)
	}
	return newUser, nil
}
