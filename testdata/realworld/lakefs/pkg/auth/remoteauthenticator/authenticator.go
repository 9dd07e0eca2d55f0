// Package remoteauthenticator reproduces lakeFS
// pkg/auth/remoteauthenticator/authenticator.go (AuthenticateUser): the
// login path into R1 (auth.GetOrCreateUser).
package remoteauthenticator

import (
	"context"
	"fmt"

	"example.com/realworld/lakefs/pkg/auth"
	"example.com/realworld/lakefs/pkg/logging"
	"example.com/realworld/lakefs/third_party/swag"
)

const remoteAuthSource = "remote_authenticator"

type AuthenticatorConfig struct {
	Endpoint         string
	DefaultUserGroup string
}

type AuthenticationResponse struct {
	ExternalUserIdentifier *string `json:"external_user_identifier,omitempty"`
}

type Authenticator struct {
	AuthService auth.Service
	Logger      logging.Logger
	Config      *AuthenticatorConfig
	// doRequest stands in for the HTTP call to the remote authenticator (:68).
	doRequest func(ctx context.Context, log logging.Logger, username, password string) (*AuthenticationResponse, error)
}

func (ra *Authenticator) AuthenticateUser(ctx context.Context, username, password string) (string, error) {
	log := ra.Logger.WithContext(ctx).WithField("input_username", username)

	res, err := ra.doRequest(ctx, log, username, password)
	if err != nil {
		return "", err
	}

	dbUsername := username
	// if the external authentication service provided an external user identifier, use it as the username
	externalUserIdentifier := swag.StringValue(res.ExternalUserIdentifier)
	if externalUserIdentifier != "" {
		dbUsername = externalUserIdentifier
	}
	user, err := auth.GetOrCreateUser(ctx, log, ra.AuthService, dbUsername, username, ra.Config.DefaultUserGroup, remoteAuthSource)
	if err != nil {
		return "", fmt.Errorf("get or create user: %w", err)
	}
	return user.Username, nil
}

func (ra *Authenticator) String() string {
	return remoteAuthSource
}
