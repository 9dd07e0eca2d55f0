// Package basic is an authenticator by login-password.
// Trimmed copy of tinode/chat server/auth/basic/auth_basic.go.
package basic

import (
	"errors"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"

	"example.com/heldout/tinode/server/auth"
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// authenticator is the type to map authentication methods to.
type authenticator struct {
	name      string
	addToTags bool
}

func (a *authenticator) checkLoginPolicy(uname string) error {
	if uname == "" {
		return types.ErrPolicy
	}
	return nil
}

func parseSecret(bsecret []byte) (uname, password string, err error) {
	secret := string(bsecret)

	splitAt := strings.Index(secret, ":")
	if splitAt < 0 {
		err = types.ErrMalformed
		return
	}

	uname = strings.ToLower(secret[:splitAt])
	password = secret[splitAt+1:]
	return
}

// IsInitialized returns true if the handler is initialized.
func (a *authenticator) IsInitialized() bool {
	return a.name != ""
}

// AddRecord adds a basic authentication record to DB.
func (a *authenticator) AddRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	uname, password, err := parseSecret(secret)
	if err != nil {
		return nil, err
	}

	if err = a.checkLoginPolicy(uname); err != nil {
		return nil, err
	}

	passhash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, err
	}
	var expires time.Time
	if rec.Lifetime > 0 {
		expires = time.Now().Add(time.Duration(rec.Lifetime)).UTC().Round(time.Millisecond)
	}

	authLevel := rec.AuthLevel
	if authLevel == auth.LevelNone {
		authLevel = auth.LevelAuth
	}

	err = store.Users.AddAuthRecord(rec.Uid, authLevel, a.name, uname, passhash, expires)
	if err != nil {
		return nil, err
	}

	rec.AuthLevel = authLevel
	if a.addToTags {
		rec.Tags = append(rec.Tags, a.name+":"+uname)
	}
	return rec, nil
}

// UpdateRecord updates password for basic authentication.
func (a *authenticator) UpdateRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	uname, password, err := parseSecret(secret)
	if err != nil {
		return nil, err
	}

	login, authLevel, _, _, err := store.Users.GetAuthRecord(rec.Uid, a.name)
	if err != nil {
		return nil, err
	}
	// User does not have a record.
	if login == "" {
		return nil, types.ErrNotFound
	}

	if uname == "" || uname == login {
		// User is changing just the password.
		uname = login
	} else if err = a.checkLoginPolicy(uname); err != nil {
		return nil, err
	} else if uid, _, _, _, err := store.Users.GetAuthUniqueRecord(a.name, uname); err != nil { // safe: the lookup only guards an UPDATE of the caller's own auth row (AuthUpdRecord), whose UNIQUE auth_uname violation is mapped to ErrDuplicate, the same answer as the check
		return nil, err
	} else if !uid.IsZero() {
		// The (new) user name already exists. Report an error.
		return nil, types.ErrDuplicate
	}

	passhash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, types.ErrInternal
	}
	var expires time.Time
	if rec.Lifetime > 0 {
		expires = types.TimeNow().Add(time.Duration(rec.Lifetime))
	}
	err = store.Users.UpdateAuthRecord(rec.Uid, authLevel, a.name, uname, passhash, expires)
	if err != nil {
		return nil, err
	}

	// Add new tag
	rec.Tags = append(rec.Tags, a.name+":"+uname)

	return rec, nil
}

// Authenticate checks login and password.
func (a *authenticator) Authenticate(secret []byte, remoteAddr string) (*auth.Rec, []byte, error) {
	return nil, nil, types.ErrUnsupported
}

// IsUnique checks login uniqueness.
func (a *authenticator) IsUnique(secret []byte, remoteAddr string) (bool, error) {
	uname, _, err := parseSecret(secret)
	if err != nil {
		return false, err
	}

	if err := a.checkLoginPolicy(uname); err != nil {
		return false, err
	}

	// Uniqueness pre-check for a new account (replyCreateUser): the account row itself gets a fresh
	// uid; AuthAddRecord's INSERT on UNIQUE auth_uname maps a concurrent duplicate to ErrDuplicate,
	// which is what the second caller would get from this check when run one after the other.
	uid, _, _, _, err := store.Users.GetAuthUniqueRecord(a.name, uname) // safe: uniqueness pre-check, never takes a found path; UNIQUE auth_uname + isDupe -> ErrDuplicate and the half-created user is deleted
	if err != nil {
		return false, err
	}

	if uid.IsZero() {
		return true, nil
	}
	return false, types.ErrDuplicate
}

// GenSecret is not supported, generates an error.
func (authenticator) GenSecret(rec *auth.Rec) ([]byte, time.Time, error) {
	return nil, time.Time{}, types.ErrUnsupported
}

// GetResetParams returns authenticator parameters passed to password reset handler.
func (a *authenticator) GetResetParams(uid types.Uid) (map[string]any, error) {
	login, _, _, _, err := store.Users.GetAuthRecord(uid, a.name)
	if err != nil {
		return nil, err
	}
	if login == "" {
		return nil, errors.New("no login")
	}
	return map[string]any{"login": login}, nil
}

func init() {
	store.RegisterAuthScheme("basic", &authenticator{name: "basic"})
}
