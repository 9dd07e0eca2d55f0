package ui // import "example.com/realworld/miniflux/internal/ui"

import (
	"context"
	"log/slog"
	"net/http"
	"strings"

	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

const sessionCookieName = "MinifluxSessionID"

// webSessionMiddleware is internal/ui/web_session_middleware.go:18.
type webSessionMiddleware struct {
	basePath string
	store    *storage.Storage
}

func newWebSessionMiddleware(basePath string, store *storage.Storage) *webSessionMiddleware {
	return &webSessionMiddleware{basePath: basePath, store: store}
}

// handle is internal/ui/web_session_middleware.go:27 (static route and login
// redirect trimmed).
func (m *webSessionMiddleware) handle(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		session, err := m.loadWebSessionFromCookie(r) // safe: the created session gets a fresh random ID (model.NewWebSession), never the looked-up cookie ID
		if err != nil {
			response.HTMLServerError(w, r, err)
			return
		}
		if session == nil {
			var secret string
			session, secret = model.NewWebSession(r.UserAgent(), request.ClientIP(r))
			if err := m.store.CreateWebSession(session); err != nil {
				response.HTMLServerError(w, r, err)
				return
			}
			setSessionCookie(w, session, secret)
		}

		ctx := context.WithValue(r.Context(), request.WebSessionContextKey, session)
		r = r.WithContext(ctx)

		next.ServeHTTP(w, r)

		if session.IsDirty() {
			if err := m.store.UpdateWebSession(session); err != nil {
				slog.Error("Unable to persist web session changes",
					slog.String("session_id", session.ID),
					slog.Any("error", err),
				)
			}
		}
	})
}

// loadWebSessionFromCookie is internal/ui/web_session_middleware.go:70
// (secret verification reduced).
func (m *webSessionMiddleware) loadWebSessionFromCookie(r *http.Request) (*model.WebSession, error) {
	cookieValue := request.CookieValue(r, sessionCookieName)
	if cookieValue == "" {
		return nil, nil
	}

	sessionID, secret, ok := strings.Cut(cookieValue, ".")
	if !ok || sessionID == "" || secret == "" {
		return nil, nil
	}

	session, err := m.store.WebSessionByID(sessionID)
	if err != nil {
		return nil, err
	}

	if session == nil {
		return nil, nil
	}

	return session, nil
}

func setSessionCookie(w http.ResponseWriter, session *model.WebSession, secret string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookieName, Value: session.ID + "." + secret, HttpOnly: true})
}
