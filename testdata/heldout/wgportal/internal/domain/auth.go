// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

// AuthenticatorUserInfo reproduces internal/domain/auth.go:17.
type AuthenticatorUserInfo struct {
	Identifier         UserIdentifier
	Email              string
	UserGroups         []string
	Firstname          string
	Lastname           string
	Phone              string
	Department         string
	IsAdmin            bool
	AdminInfoAvailable bool // true if the IsAdmin flag is valid
}
