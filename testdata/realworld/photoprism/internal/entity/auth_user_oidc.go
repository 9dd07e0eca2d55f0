// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"example.com/realworld/photoprism/internal/auth/oidc"
	"example.com/realworld/photoprism/pkg/authn"
	"example.com/realworld/photoprism/pkg/clean"
)

// OidcUser is internal/entity/auth_user.go:109: creates a new user entity
// based on the OIDC user info.
func OidcUser(userInfo *oidc.UserInfo, issuer, userName string) User {
	authId := clean.Name(userInfo.Subject)

	if authId == "" {
		return User{}
	}

	return User{
		UserName:     userName,
		DisplayName:  userInfo.Name,
		UserEmail:    clean.Email(userInfo.Email),
		AuthProvider: authn.ProviderOIDC.String(),
		AuthIssuer:   issuer,
		AuthID:       authId,
	}
}
