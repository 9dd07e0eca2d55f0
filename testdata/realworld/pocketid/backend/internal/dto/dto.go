// Package dto reproduces pocket-id/pocket-id d258d952b157 backend/internal/dto (only the fields used here).
package dto

// UserCreateDto is backend/internal/dto/user_dto.go.
type UserCreateDto struct {
	ID            string
	Username      string
	Email         *string
	EmailVerified bool
	FirstName     string
	LastName      string
	DisplayName   string
	IsAdmin       bool
	Locale        *string
	Disabled      bool
	UserGroupIds  []string
	LdapID        string
}

// UserGroupCreateDto is backend/internal/dto/user_group_dto.go.
type UserGroupCreateDto struct {
	FriendlyName string
	Name         string
	LdapID       string
}

// CustomClaimCreateDto is backend/internal/dto/custom_claim_dto.go.
type CustomClaimCreateDto struct {
	Key   string
	Value string
}

// OidcClientUpdateDto is backend/internal/dto/oidc_dto.go (trimmed).
type OidcClientUpdateDto struct {
	Name              string
	Description       string
	IsGroupRestricted bool
}
