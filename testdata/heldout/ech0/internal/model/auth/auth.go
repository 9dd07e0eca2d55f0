// Package model reproduces the parts of internal/model/auth used here.
package model

type AuthType string

const (
	AuthTypeOAuth2 AuthType = "oauth2"
	AuthTypeOIDC   AuthType = "oidc"

	MAX_USER_COUNT = 5
)

// RegisterDto is internal/model/auth/auth_dto.go RegisterDto (reduced).
type RegisterDto struct {
	Username string `json:"username"`
	Password string `json:"password"`
	Email    string `json:"email"`
	Locale   string `json:"locale"`
}
