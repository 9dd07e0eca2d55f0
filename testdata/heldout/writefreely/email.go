// Reduced copy of email.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce.

package writefreely

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/mux"
)

type (
	// SubmittedSubscription is email.go:38.
	SubmittedSubscription struct {
		CollAlias string
		UserID    int64

		Email string `schema:"email" json:"email"`
		Web   bool   `schema:"web" json:"web"`
		Slug  string `schema:"slug" json:"slug"`
		From  string `schema:"from" json:"from"`
	}

	// EmailSubscriber is email.go:48.
	EmailSubscriber struct {
		ID          string
		CollID      int64
		UserID      sql.NullInt64
		Email       sql.NullString
		Subscribed  time.Time
		Token       string
		Confirmed   bool
		AllowExport bool
		acctEmail   sql.NullString
	}
)

// handleCreateEmailSubscription is email.go:78 (POST
// /api/collections/{alias}/email/subscribe, routes.go:151), reduced to the
// JSON request; the confirmation e-mail and the web session are left out.
func handleCreateEmailSubscription(app *App, w http.ResponseWriter, r *http.Request) error {
	vars := mux.Vars(r)
	var err error

	ss := SubmittedSubscription{
		CollAlias: vars["alias"],
	}
	u := getUserSession(app, r)
	if u != nil {
		ss.UserID = u.ID
	}
	// Decode JSON request
	decoder := json.NewDecoder(r.Body)
	err = decoder.Decode(&ss)
	if err != nil {
		log.Error("Couldn't parse new subscription JSON request: %v\n", err)
		return ErrBadJSON
	}

	c, err := app.db.GetCollection(ss.CollAlias)
	if err != nil {
		log.Error("getCollection: %s", err)
		return err
	}

	if ss.Email == "" && ss.UserID < 1 {
		log.Info("No subscriber data. Not subscribing.")
		return impart.HTTPError{Status: http.StatusFound, Message: "/" + c.Alias + "/"}
	}

	confirmed := app.db.IsSubscriberConfirmed(ss.Email)
	es, err := app.db.AddEmailSubscription(c.ID, ss.UserID, ss.Email, confirmed)
	if err != nil {
		log.Error("addEmailSubscription: %s", err)
		return err
	}
	_ = es

	return impart.WriteSuccess(w, "", http.StatusAccepted)
}
