// Package oauth2 is a stand-in for github.com/mayswind/ezbookkeeping/pkg/auth/oauth2:
// only the functions the callback handler calls.
package oauth2

import (
	"example.com/heldout/ezbookkeeping/pkg/core"
)

// OAuth2UserInfo represents the user info returned by the OAuth 2.0 provider
type OAuth2UserInfo struct {
	UserName string
	Email    string
	NickName string
}

// Token stands in for *oauth2.Token
type Token struct {
	AccessToken string
}

var provider interface {
	Exchange(c core.Context, code string, verifier string) (*Token, error)
	UserInfo(c core.Context, token *Token) (*OAuth2UserInfo, error)
	ExternalAuthType() core.UserExternalAuthType
}

// GetOAuth2Token exchanges the authorization code for a token
func GetOAuth2Token(c core.Context, code string, verifier string) (*Token, error) {
	return provider.Exchange(c, code, verifier)
}

// GetOAuth2UserInfo returns the user info of the token owner
func GetOAuth2UserInfo(c core.Context, token *Token) (*OAuth2UserInfo, error) {
	return provider.UserInfo(c, token)
}

// GetExternalUserAuthType returns the external auth type of the current provider
func GetExternalUserAuthType() core.UserExternalAuthType {
	return provider.ExternalAuthType()
}
