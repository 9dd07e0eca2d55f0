// Reduced copy of collections.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce.

package writefreely

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/heldout/writefreely/author"
	"example.com/heldout/writefreely/config"
	"example.com/heldout/writefreely/third_party/activitystreams"
	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/mux"
)

type (
	// Collection is collections.go:52 (reduced).
	Collection struct {
		ID          int64          `datastore:"id" json:"-"`
		Alias       string         `datastore:"alias" schema:"alias" json:"alias"`
		Title       string         `datastore:"title" schema:"title" json:"title"`
		Description string         `datastore:"description" schema:"description" json:"description"`
		Public      bool           `datastore:"public" json:"public"`
		Visibility  collVisibility `datastore:"private" json:"-"`
		Views       int64          `json:"views"`
		OwnerID     int64          `datastore:"owner_id" json:"-"`
		PublicOwner bool           `datastore:"public_owner" json:"-"`

		db       *datastore
		hostName string
	}
	// CollectionObj is collections.go:76 (reduced).
	CollectionObj struct {
		Collection
	}

	// SubmittedCollection is collections.go:100 (reduced).
	SubmittedCollection struct {
		// Data used for updating a given collection
		ID      int64
		OwnerID uint64

		// Form helpers
		MathJax bool `schema:"mathjax" json:"mathjax"`

		// Actual collection values updated in the DB
		Verification *string `schema:"verification_link" json:"verification_link"`
	}
)

type collVisibility int

// Visibility levels. Values are bitmasks, stored in the database as
// decimal numbers. If adding types, append them to this list. If removing,
// replace the desired visibility with a new value.
const CollUnlisted collVisibility = 0
const (
	CollPublic collVisibility = 1 << iota
	CollPrivate
	CollProtected
)

var collVisibilityStrings = map[string]collVisibility{
	"unlisted":  CollUnlisted,
	"public":    CollPublic,
	"private":   CollPrivate,
	"protected": CollProtected,
}

// defaultVisibility is collections.go:169.
func defaultVisibility(cfg *config.Config) collVisibility {
	vis, ok := collVisibilityStrings[cfg.App.DefaultVisibility]
	if !ok {
		vis = CollUnlisted
	}
	return vis
}

// IsPublic is collections.go:226.
func (c *Collection) IsPublic() bool {
	return c.Visibility&CollPublic != 0
}

// PersonObject is collections.go:330 (reduced to the key pair, :347-357).
func (c *Collection) PersonObject(ids ...int64) *activitystreams.Person {
	accountRoot := c.FederatedAccount()
	p := activitystreams.NewPerson(accountRoot)
	p.PreferredUsername = c.Alias
	p.Name = c.Title
	p.Summary = c.Description

	collID := c.ID
	if len(ids) > 0 {
		collID = ids[0]
	}
	pub, priv := c.db.GetAPActorKeys(collID)
	if pub != nil {
		p.AddPubKey(pub)
		p.SetPrivKey(priv)
	}

	return p
}

// FederatedAPIBase is collections.go:369.
func (c *Collection) FederatedAPIBase() string {
	return c.hostName + "/"
}

// FederatedAccount is collections.go:373.
func (c *Collection) FederatedAccount() string {
	accountUser := c.Alias
	return c.FederatedAPIBase() + "api/collections/" + accountUser
}

// newCollection is collections.go:427 (POST /api/collections, routes.go:136;
// the form branch and the silenced check are left out).
func newCollection(app *App, w http.ResponseWriter, r *http.Request) error {
	reqJSON := IsJSON(r)
	alias := r.FormValue("alias")
	title := r.FormValue("title")

	var missingParams, accessToken string
	var u *User
	c := struct {
		Alias string `json:"alias" schema:"alias"`
		Title string `json:"title" schema:"title"`
		Web   bool   `json:"web" schema:"web"`
	}{}
	if reqJSON {
		// Decode JSON request
		decoder := json.NewDecoder(r.Body)
		err := decoder.Decode(&c)
		if err != nil {
			log.Error("Couldn't parse post update JSON request: %v\n", err)
			return ErrBadJSON
		}
	} else {
		// TODO: move form parsing to formDecoder
		c.Alias = alias
		c.Title = title
	}

	if c.Alias == "" {
		if c.Title != "" {
			// If only a title was given, just use it to generate the alias.
			c.Alias = getSlug(c.Title, "")
		} else {
			missingParams += "`alias` "
		}
	}
	if c.Title == "" {
		missingParams += "`title` "
	}
	if missingParams != "" {
		return impart.HTTPError{Status: http.StatusBadRequest, Message: fmt.Sprintf("Parameter(s) %srequired.", missingParams)}
	}

	var userID int64
	if reqJSON && !c.Web {
		accessToken = r.Header.Get("Authorization")
		if accessToken == "" {
			return ErrNoAccessToken
		}
		userID = app.db.GetUserID(accessToken)
		if userID == -1 {
			return ErrBadAccessToken
		}
	} else {
		u = getUserSession(app, r)
		if u == nil {
			return ErrNotLoggedIn
		}
		userID = u.ID
	}

	if !author.IsValidUsername(app.cfg, c.Alias) {
		return impart.HTTPError{Status: http.StatusPreconditionFailed, Message: "Collection alias isn't valid."}
	}

	coll, err := app.db.CreateCollection(app.cfg, c.Alias, c.Title, userID)
	if err != nil {
		// TODO: handle this
		return err
	}

	res := &CollectionObj{Collection: *coll}

	if reqJSON {
		return impart.WriteSuccess(w, res, http.StatusCreated)
	}
	redirectTo := "/me/c/"
	// TODO: redirect to pad when necessary
	return impart.HTTPError{Status: http.StatusFound, Message: redirectTo}
}

// handleViewMention is collections.go:987 (GET /@/{handle}, routes.go:77).
func handleViewMention(app *App, w http.ResponseWriter, r *http.Request) error {
	vars := mux.Vars(r)
	handle := vars["handle"]

	remoteUser, err := app.db.GetProfilePageFromHandle(app, handle)
	if err != nil || remoteUser == "" {
		log.Error("Couldn't find user %s: %v", handle, err)
		return ErrRemoteUserNotFound
	}

	return impart.HTTPError{Status: http.StatusFound, Message: remoteUser}
}

// existingCollection is collections.go:1221 (POST
// /api/collections/{alias}, routes.go:141; the DELETE and form branches are
// left out).
func existingCollection(app *App, w http.ResponseWriter, r *http.Request) error {
	reqJSON := IsJSON(r)
	vars := mux.Vars(r)
	collAlias := vars["alias"]

	u := &User{}
	// Ensure an access token was given
	accessToken := r.Header.Get("Authorization")
	u.ID = app.db.GetUserID(accessToken)
	if u.ID == -1 {
		return ErrBadAccessToken
	}

	c := SubmittedCollection{OwnerID: uint64(u.ID)}

	// Decode JSON request
	decoder := json.NewDecoder(r.Body)
	err := decoder.Decode(&c)
	if err != nil {
		log.Error("Couldn't parse collection update JSON request: %v\n", err)
		return ErrBadJSON
	}

	err = app.db.UpdateCollection(app, &c, collAlias)
	if err != nil {
		if err, ok := err.(impart.HTTPError); ok {
			if reqJSON {
				return err
			}
			return impart.HTTPError{Status: http.StatusFound, Message: "/me/c/" + collAlias}
		} else {
			log.Error("Couldn't update collection: %v\n", err)
			return err
		}
	}

	return impart.WriteSuccess(w, c, http.StatusOK)
}

var _ = sql.ErrNoRows
