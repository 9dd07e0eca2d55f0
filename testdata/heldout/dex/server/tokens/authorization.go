package tokens

import (
	"time"

	"example.com/heldout/dex/storage"
)

// Authorization is the result of any grant: an authenticated subject and the
// permission it grants a client. The issuer turns an Authorization into a TokenSet.
// Reproduces upstream server/tokens/authorization.go:15.
type Authorization struct {
	Client        storage.Client
	Claims        storage.Claims
	Scopes        []string
	ConnectorID   string
	Nonce         string
	AuthTime      time.Time
	ConnectorData []byte

	// SessionID is the browser session this authorization belongs to, emitted as
	// the "sid" claim.
	SessionID string
}

// TokenSet is what the /token endpoint returns for an Authorization.
// Reproduces upstream server/tokens/authorization.go:33.
type TokenSet struct {
	AccessToken  string
	IDToken      string
	RefreshToken string
	Expiry       time.Time
}

// Response is the OAuth2 token response.
type Response struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in,omitempty"`
	RefreshToken string `json:"refresh_token,omitempty"`
	IDToken      string `json:"id_token,omitempty"`
}

// Response renders the token set as an OAuth2 token response as of now.
// Reproduces upstream server/tokens/authorization.go:53.
func (ts TokenSet) Response(now time.Time) Response {
	return Response{
		AccessToken:  ts.AccessToken,
		TokenType:    "bearer",
		ExpiresIn:    int(ts.Expiry.Sub(now).Seconds()),
		RefreshToken: ts.RefreshToken,
		IDToken:      ts.IDToken,
	}
}
