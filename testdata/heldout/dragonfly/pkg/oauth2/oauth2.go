// Package oauth2 is a stand-in for golang.org/x/oauth2: only the Token type in
// the signatures of manager/auth/oauth.
package oauth2

// Token mirrors oauth2.Token.
type Token struct {
	AccessToken string
}
