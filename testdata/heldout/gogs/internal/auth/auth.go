// Package auth is internal/auth/auth.go, reduced to the types the reproduced
// UsersStore.Authenticate uses.
package auth

import "fmt"

// Type defines authentication type.
type Type int

// ExternalAccount contains queried information returned by an authenticate provider
// for an external account.
type ExternalAccount struct {
	Login    string
	Name     string
	FullName string
	Email    string
	Location string
	Website  string
	Admin    bool
}

// Provider defines an authenticate provider which provides ability to authentication against
// an external identity provider and query external account information.
type Provider interface {
	// Authenticate performs authentication against an external identity provider
	// using given credentials and returns queried information of the external account.
	Authenticate(login, password string) (*ExternalAccount, error)
}

// ErrBadCredentials is returned when the credentials are invalid.
type ErrBadCredentials struct {
	Args map[string]any
}

func (err ErrBadCredentials) Error() string {
	return fmt.Sprintf("bad credentials: %v", err.Args)
}
