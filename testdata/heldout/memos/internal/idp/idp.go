// Package idp is a small stand-in for github.com/usememos/memos/internal/idp.
package idp

// IdentityProviderUserInfo mirrors internal/idp/idp.go IdentityProviderUserInfo.
type IdentityProviderUserInfo struct {
	Identifier  string
	DisplayName string
	Email       string
	AvatarURL   string
}
