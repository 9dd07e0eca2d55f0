// Package handles reproduces alist's server/handles.
package handles

import (
	"errors"
	"strings"

	"example.com/realworld/alist/db"
	"gorm.io/gorm"
)

// autoRegister is server/handles/ssologin.go:140: it is given the lookup's
// error and creates only on not-found. On a race the loser's insert hits
// the unique username, and it then inserts a second user for the same
// SSO id under another name.
func autoRegister(username, userID string, err error) (*db.User, error) {
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	if username == "" {
		return nil, errors.New("cannot get username from SSO provider")
	}
	user := &db.User{
		ID:       0,
		Username: username,
		SsoID:    userID,
	}
	if err = db.CreateUser(user); err != nil {
		if strings.HasPrefix(err.Error(), "UNIQUE constraint failed") && strings.HasSuffix(err.Error(), "username") {
			user.Username = user.Username + "_" + userID
			if err = db.CreateUser(user); err != nil {
				return nil, err
			}
		} else {
			return nil, err
		}
	}
	return user, nil
}

// SSOGetToken is ssologin.go:256.
func SSOGetToken(userID string) (*db.User, error) {
	user, err := db.GetUserBySSOID(userID) // race
	if err != nil {
		user, err = autoRegister(userID, userID, err)
		if err != nil {
			return nil, err
		}
	}
	return user, nil
}

// ldapRegister is server/handles/ldap_login.go:124.
func ldapRegister(username string) (*db.User, error) {
	if username == "" {
		return nil, errors.New("cannot get username from ldap provider")
	}
	user := &db.User{
		ID:       0,
		Username: username,
	}
	if err := db.CreateUser(user); err != nil {
		return nil, err
	}
	return user, nil
}

// LoginLDAP is ldap_login.go:104: any lookup error registers the user;
// the loser of two first logins gets a 400.
func LoginLDAP(username string) (*db.User, error) {
	user, err := db.GetUserByName(username) // race
	if err != nil {
		user, err = ldapRegister(username)
		if err != nil {
			return nil, err
		}
	}
	return user, nil
}
