// Reduced copy of session.go and request.go of
// github.com/writefreely/writefreely.

package writefreely

import (
	"mime"
	"net/http"

	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/sessions"
)

const (
	cookieName    = "wfu"
	cookieUserVal = "u"
)

// addSessionFlash is session.go:76.
func addSessionFlash(app *App, w http.ResponseWriter, r *http.Request, m string, session *sessions.Session) error {
	var err error
	if session == nil {
		session, err = app.sessionStore.Get(r, cookieName)
	}

	if err != nil {
		log.Error("Unable to add flash '%s': %v", m, err)
		return err
	}

	session.AddFlash(m)
	return nil
}

// getUserAndSession is session.go:92.
func getUserAndSession(app *App, r *http.Request) (*User, *sessions.Session) {
	session, err := app.sessionStore.Get(r, cookieName)
	if err == nil {
		// Got the currently logged-in user
		val := session.Values[cookieUserVal]
		var u = &User{}
		var ok bool
		if u, ok = val.(*User); ok {
			return u, session
		}
	}

	return nil, nil
}

// getUserSession is session.go:107.
func getUserSession(app *App, r *http.Request) *User {
	u, _ := getUserAndSession(app, r)
	return u
}

// IsJSON is request.go:19.
func IsJSON(r *http.Request) bool {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	accept := r.Header.Get("Accept")
	return ct == "application/json" || accept == "application/json"
}
