package auth

import (
	"net/http"

	"example.com/heldout/pgbackweb/pkg/echo"
)

const (
	sessionCookieName = "pbw_session"
)

func (s *Service) SetSessionCookie(c echo.Context, token string) {
	cookie := http.Cookie{
		Name:     sessionCookieName,
		Value:    token,
		MaxAge:   int(maxSessionAge.Seconds()),
		HttpOnly: true,
		Path:     "/",
	}
	c.SetCookie(&cookie)
}
