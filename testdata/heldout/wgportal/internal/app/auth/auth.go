// Package auth reproduces h44z/wg-portal c800e7dd343b internal/app/auth.
package auth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"example.com/heldout/wgportal/internal/app"
	"example.com/heldout/wgportal/internal/domain"
)

// region dependencies

// UserManager reproduces internal/app/auth/auth.go:27.
type UserManager interface {
	// GetUser returns a user by its identifier.
	GetUser(context.Context, domain.UserIdentifier) (*domain.User, error)
	// RegisterUser creates a new user in the database.
	RegisterUser(ctx context.Context, user *domain.User) error
	// UpdateUserInternal updates an existing user in the database.
	UpdateUserInternal(ctx context.Context, user *domain.User) (*domain.User, error)
}

// EventBus reproduces internal/app/auth/auth.go:36.
type EventBus interface {
	// Publish sends a message to the message bus.
	Publish(topic string, args ...any)
}

// endregion dependencies

// AuthenticatorLdap reproduces internal/app/auth/auth.go:85.
// AuthenticatorLdap is the interface for all LDAP authenticators.
type AuthenticatorLdap interface {
	// GetName returns the name of the authenticator.
	GetName() string
	// PlaintextAuthentication performs a plaintext authentication against the LDAP server.
	PlaintextAuthentication(userId domain.UserIdentifier, plainPassword string) error
	// GetUserInfo fetches the user information from the LDAP server.
	GetUserInfo(ctx context.Context, username domain.UserIdentifier) (map[string]any, error)
	// ParseUserInfo parses the raw user information into a domain.AuthenticatorUserInfo struct.
	ParseUserInfo(raw map[string]any) (*domain.AuthenticatorUserInfo, error)
	// RegistrationEnabled returns whether registration is enabled for the LDAP authenticator.
	RegistrationEnabled() bool
}

// Authenticator reproduces internal/app/auth/auth.go:100 (OAuth fields trimmed).
// Authenticator is the main entry point for all authentication related tasks.
// This includes password authentication and external authentication providers (OIDC, OAuth, LDAP).
type Authenticator struct {
	bus EventBus

	ldapAuthenticators map[string]AuthenticatorLdap

	users UserManager
}

// NewAuthenticator reproduces internal/app/auth/auth.go:116 (provider setup trimmed).
func NewAuthenticator(bus EventBus, users UserManager, ldap map[string]AuthenticatorLdap) *Authenticator {
	return &Authenticator{bus: bus, users: users, ldapAuthenticators: ldap}
}

// region password authentication

// PlainLogin reproduces internal/app/auth/auth.go:327 (audit events trimmed).
// PlainLogin performs a password authentication for a user. The username and password are trimmed before usage.
// If the login is successful, the user is returned, otherwise an error.
func (a *Authenticator) PlainLogin(ctx context.Context, username, password string) (*domain.User, error) {
	// Validate form input
	username = strings.TrimSpace(username)
	password = strings.TrimSpace(password)
	if username == "" || password == "" {
		return nil, fmt.Errorf("missing username or password")
	}

	user, err := a.passwordAuthentication(ctx, domain.UserIdentifier(username), password)
	if err != nil {
		return nil, fmt.Errorf("login failed: %w", err)
	}

	a.bus.Publish(app.TopicAuthLogin, user.Identifier)

	return user, nil
}

// passwordAuthentication reproduces internal/app/auth/auth.go:359.
func (a *Authenticator) passwordAuthentication(
	ctx context.Context,
	identifier domain.UserIdentifier,
	password string,
) (*domain.User, error) {
	ctx = domain.SetUserInfo(ctx,
		domain.SystemAdminContextUserInfo()) // switch to admin user context to check if user exists

	var ldapUserInfo *domain.AuthenticatorUserInfo

	var userInDatabase = false
	existingUser, err := a.users.GetUser(ctx, identifier) // race
	if err == nil {
		userInDatabase = true
	}
	if userInDatabase && (existingUser.IsLocked() || existingUser.IsDisabled()) {
		return nil, errors.New("user is locked")
	}

	authOK := false
	if userInDatabase {
		// User is already in db, search for authentication sources which support password authentication and
		// validate the password.
		for _, authentication := range existingUser.Authentications {
			if authentication.Source == domain.UserSourceDatabase {
				err := existingUser.CheckPassword(password)
				if err == nil {
					authOK = true
					break
				}
			}

			if authentication.Source == domain.UserSourceLdap {
				ldapProvider, ok := a.ldapAuthenticators[strings.ToLower(authentication.ProviderName)]
				if !ok {
					continue // ldap provider not found, skip further checks
				}
				err := ldapProvider.PlaintextAuthentication(identifier, password)
				if err == nil {
					authOK = true
					break
				}
			}
		}
	} else {
		// User is not yet in the db, check ldap providers which have registration enabled.
		// If the user is found, check the password - on success, sync it to the db.
		for _, ldapAuth := range a.ldapAuthenticators {
			if !ldapAuth.RegistrationEnabled() {
				continue // ldap provider does not support registration, skip further checks
			}

			rawUserInfo, err := ldapAuth.GetUserInfo(context.Background(), identifier)
			if err != nil {
				if !errors.Is(err, domain.ErrNotFound) {
					slog.Warn("failed to fetch ldap user info",
						"source", ldapAuth.GetName(), "identifier", identifier, "error", err)
				}
				continue // user not found / other ldap error
			}

			// user found, check if the password is correct
			err = ldapAuth.PlaintextAuthentication(identifier, password)
			if err != nil {
				continue // password is incorrect, skip further checks
			}

			// create a new user in the db
			ldapUserInfo, err = ldapAuth.ParseUserInfo(rawUserInfo)
			if err != nil {
				slog.Error("failed to parse ldap user info",
					"source", ldapAuth.GetName(), "identifier", identifier, "error", err)
				continue
			}
			user, err := a.processUserInfo(ctx, ldapUserInfo, domain.UserSourceLdap, ldapAuth.GetName(), true)
			if err != nil {
				return nil, fmt.Errorf("unable to process user information: %w", err)
			}

			existingUser = user
			slog.Debug("created new LDAP user in db",
				"identifier", user.Identifier, "provider", ldapAuth.GetName())

			authOK = true
			break
		}
	}

	if !authOK {
		return nil, errors.New("failed to authenticate user")
	}

	return existingUser, nil
}

// endregion password authentication

// region oauth authentication

// processUserInfo reproduces internal/app/auth/auth.go:629.
func (a *Authenticator) processUserInfo(
	ctx context.Context,
	userInfo *domain.AuthenticatorUserInfo,
	source domain.UserSource,
	provider string,
	withReg bool,
) (*domain.User, error) {
	// Search user in backend
	user, err := a.users.GetUser(ctx, userInfo.Identifier) // race
	switch {
	case err != nil && withReg:
		user, err = a.registerNewUser(ctx, userInfo, source, provider)
		if err != nil {
			return nil, fmt.Errorf("failed to register user: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("registration disabled, cannot create missing user: %w", err)
	default:
		err = a.updateExternalUser(ctx, user, userInfo, source, provider)
		if err != nil {
			return nil, fmt.Errorf("failed to update user: %w", err)
		}
	}

	return user, nil
}

// registerNewUser reproduces internal/app/auth/auth.go:656.
func (a *Authenticator) registerNewUser(
	ctx context.Context,
	userInfo *domain.AuthenticatorUserInfo,
	source domain.UserSource,
	provider string,
) (*domain.User, error) {
	ctxUserInfo := domain.GetUserInfo(ctx)
	now := time.Now()

	// convert user info to domain.User
	user := &domain.User{
		Identifier: userInfo.Identifier,
		Email:      userInfo.Email,
		IsAdmin:    false,
		Firstname:  userInfo.Firstname,
		Lastname:   userInfo.Lastname,
		Phone:      userInfo.Phone,
		Department: userInfo.Department,
		Authentications: []domain.UserAuthentication{
			{
				BaseModel: domain.BaseModel{
					CreatedBy: ctxUserInfo.UserId(),
					UpdatedBy: ctxUserInfo.UserId(),
					CreatedAt: now,
					UpdatedAt: now,
				},
				UserIdentifier: userInfo.Identifier,
				Source:         source,
				ProviderName:   provider,
			},
		},
	}
	if userInfo.AdminInfoAvailable && userInfo.IsAdmin {
		user.IsAdmin = true
	}

	err := a.users.RegisterUser(ctx, user)
	if err != nil {
		return nil, fmt.Errorf("failed to register new user: %w", err)
	}

	slog.Debug("registered user from external authentication provider",
		"user", user.Identifier,
		"adminInfoAvailable", userInfo.AdminInfoAvailable,
		"isAdmin", user.IsAdmin,
		"provider", source)

	return user, nil
}

// updateExternalUser reproduces internal/app/auth/auth.go:722 (field diffing trimmed).
func (a *Authenticator) updateExternalUser(
	ctx context.Context,
	existingUser *domain.User,
	userInfo *domain.AuthenticatorUserInfo,
	source domain.UserSource,
	provider string,
) error {
	if existingUser.IsLocked() || existingUser.IsDisabled() {
		return nil // user is locked or disabled, do not update
	}

	// Update authentication sources
	foundAuthSource := false
	for _, auth := range existingUser.Authentications {
		if auth.Source == source && auth.ProviderName == provider {
			foundAuthSource = true
			break
		}
	}
	if !foundAuthSource {
		ctxUserInfo := domain.GetUserInfo(ctx)
		now := time.Now()
		existingUser.Authentications = append(existingUser.Authentications, domain.UserAuthentication{
			BaseModel: domain.BaseModel{
				CreatedBy: ctxUserInfo.UserId(),
				UpdatedBy: ctxUserInfo.UserId(),
				CreatedAt: now,
				UpdatedAt: now,
			},
			UserIdentifier: existingUser.Identifier,
			Source:         source,
			ProviderName:   provider,
		})
	}

	isChanged := false
	if existingUser.Email != userInfo.Email {
		existingUser.Email = userInfo.Email
		isChanged = true
	}

	if isChanged || !foundAuthSource {
		_, err := a.users.UpdateUserInternal(ctx, existingUser)
		if err != nil {
			return fmt.Errorf("failed to update user: %w", err)
		}
	}

	return nil
}

// endregion oauth authentication
