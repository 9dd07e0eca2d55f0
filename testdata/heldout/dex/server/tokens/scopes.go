package tokens

// Reproduces upstream server/tokens/scopes.go:11.
const (
	ScopeOpenID        = "openid"
	ScopeOfflineAccess = "offline_access" // Request a refresh token.
)
