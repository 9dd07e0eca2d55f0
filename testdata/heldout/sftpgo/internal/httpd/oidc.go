package httpd

import (
	"errors"
	"net/http"
	"time"

	"example.com/heldout/sftpgo/internal/logger"
	"example.com/heldout/sftpgo/internal/util"
)

// oidc.go:41-46
const (
	oidcCookieKey       = "oidc"
	tokenUpdateInterval = 3 * 60 * 1000   // 3 minutes
	tokenDeleteInterval = 2 * 3600 * 1000 // 2 hours
)

var (
	oidcMgr         oidcManager
	errInvalidToken = errors.New("invalid token")
)

// oidc.go:217 (trimmed)
type oidcToken struct {
	AccessToken string `json:"access_token"`
	ExpiresAt   int64  `json:"expires_at,omitempty"`
	Username    string `json:"username"`
	Cookie      string `json:"cookie"`
	UsedAt      int64  `json:"used_at"`
}

// oidc.go:310
func (t *oidcToken) isExpired() bool {
	if t.ExpiresAt == 0 {
		return false
	}
	return t.ExpiresAt < util.GetTimeAsMsSinceEpoch(time.Now())
}

type httpdServer struct{}

// oidc.go:488, called by the OIDC middlewares of every WebAdmin/WebClient
// request of an OIDC session (trimmed: redirects, refresh and role checks).
func (s *httpdServer) validateOIDCToken(w http.ResponseWriter, r *http.Request, isAdmin bool) (oidcToken, error) {
	doRedirect := func() {
		http.Redirect(w, r, "/web/client/login", http.StatusFound)
	}

	cookie, err := r.Cookie(oidcCookieKey)
	if err != nil {
		logger.Debug(logSender, "", "no oidc cookie, redirecting to login page")
		doRedirect()
		return oidcToken{}, errInvalidToken
	}
	// N3: with dbOIDCManager the lookup reads shared_sessions (key, type); updateTokenUsage then writes
	// with addToken -> AddSharedSession, an INSERT ... ON CONFLICT(key,type) DO UPDATE on the primary key.
	token, err := oidcMgr.getToken(cookie.Value) // safe: the write is an atomic upsert on shared_sessions PRIMARY KEY (key, type)
	if err != nil {
		logger.Debug(logSender, "", "error getting oidc token associated with cookie %q: %v", cookie.Value, err)
		doRedirect()
		return oidcToken{}, errInvalidToken
	}
	if token.isExpired() {
		logger.Debug(logSender, "", "oidc token associated with cookie %q is expired", token.Cookie)
		// trimmed: token.refresh (...) which stores the refreshed token with oidcMgr.addToken
		doRedirect()
		return oidcToken{}, errInvalidToken
	} else {
		oidcMgr.updateTokenUsage(token)
	}
	_ = isAdmin
	return token, nil
}
