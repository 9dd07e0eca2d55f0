// Package auth reproduces internal/auth/try_login.go of opengist (password and
// LDAP authentication; LDAP logins create the user on first use).
package auth

import (
	"errors"

	"example.com/heldout/opengist/internal/auth/ldap"
	passwordpkg "example.com/heldout/opengist/internal/auth/password"
	"example.com/heldout/opengist/internal/db"
	"example.com/heldout/opengist/third_party/zerolog/log"
	"gorm.io/gorm"
)

// AuthError reproduces internal/auth/try_login.go:14.
type AuthError struct {
	message string
}

func (e AuthError) Error() string {
	return e.message
}

// TryAuthentication reproduces internal/auth/try_login.go:22. Callers: the web
// login form (handlers/auth/password.go:128 ProcessLogin) and Git over HTTP
// (handlers/git/auth.go:28 authOrFail).
func TryAuthentication(username, password string) (*db.User, error) {
	user, err := db.GetUserByUsername(username)
	if err != nil {
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			log.Error().Err(err).Msgf("Cannot get user by username %s", username)
			return nil, err
		}
	}

	if user.Password != "" {
		return tryDbLogin(user, password)
	} else {
		if ldap.Enabled() {
			return tryLdapLogin(username, password)
		}
		return nil, AuthError{"no authentication method available"}
	}
}

// tryDbLogin reproduces internal/auth/try_login.go:72.
func tryDbLogin(user *db.User, password string) (*db.User, error) {
	if ok, err := passwordpkg.VerifyPassword(password, user.Password); !ok {
		if err != nil {
			log.Error().Err(err).Msg("Password verification failed")
			return nil, err
		}
		return nil, AuthError{"invalid password"}
	}

	return user, nil
}

// tryLdapLogin reproduces internal/auth/try_login.go:84.
func tryLdapLogin(username, password string) (user *db.User, err error) {
	ok, err := ldap.Authenticate(username, password)
	if err != nil {
		log.Error().Err(err).Msg("LDAP authentication failed")
		return nil, err
	}

	if !ok {
		return nil, AuthError{"invalid LDAP credentials"}
	}

	if user, err = db.GetUserByUsername(username); err != nil { // race; no unique key: users.username_normalized is only gorm:"index" (user.go:17) and the tag on username, "uniqueIndex,size:191" (user.go:16), is malformed so AutoMigrate creates no unique index
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			log.Error().Err(err).Msgf("Cannot get user by username %s", username)
			return nil, err
		}
	}

	if errors.Is(err, gorm.ErrRecordNotFound) {
		user = &db.User{
			Username: username,
		}
		if err = user.Create(); err != nil {
			log.Warn().Err(err).Msg("Cannot create user after LDAP authentication")
			return nil, err
		}

		return user, nil
	}

	return user, nil
}
