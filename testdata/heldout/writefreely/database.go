// Reduced copy of database.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce: the datastore methods on the
// catalogued paths, with their SQL text and error handling unchanged.

package writefreely

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	wf_db "example.com/heldout/writefreely/db"

	"example.com/heldout/writefreely/author"
	"example.com/heldout/writefreely/config"
	"example.com/heldout/writefreely/third_party/activitypub"
	"example.com/heldout/writefreely/third_party/activityserve"
	"example.com/heldout/writefreely/third_party/auth"
	uuid "example.com/heldout/writefreely/third_party/gouuid"
	"example.com/heldout/writefreely/third_party/id"
	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
	"example.com/heldout/writefreely/third_party/mysql"
	"example.com/heldout/writefreely/third_party/silobridge"
)

// database.go:43
const (
	mySQLErrDuplicateKey = 1062
	mySQLErrCollationMix = 1267
	mySQLErrTooManyConns = 1040
	mySQLErrMaxUserConns = 1203

	driverMySQL  = "mysql"
	driverSQLite = "sqlite3"
)

// writestore is database.go:57 (reduced to the methods used here).
type writestore interface {
	CreateUser(*config.Config, *User, string, string) error
	GetUserByID(int64) (*User, error)
	FetchLastAccessToken(userID int64) string
	GetAccessToken(userID int64) (string, error)
	GetTemporaryOneTimeAccessToken(userID int64, validSecs int, oneTime bool) (string, error)
	ChangeSettings(app *App, u *User, s *userSettings) error

	PostIDExists(id string) bool

	CreateCollection(*config.Config, string, string, int64) (*Collection, error)
	UpdateCollection(app *App, c *SubmittedCollection, alias string) error
	RemoveCollectionRedirect(t *sql.Tx, alias string) error

	GetAPActorKeys(collectionID int64) ([]byte, []byte)
	GetUserInvite(id string) (*Invite, error)
	GetUsersInvitedCount(id string) int64
	CreateInvitedUser(inviteID string, userID int64) error

	GetIDForRemoteUser(context.Context, string, string, string) (int64, error)
	RecordRemoteUserID(context.Context, int64, string, string, string, string) error
	ValidateOAuthState(context.Context, string) (string, string, int64, string, error)
}

// datastore is database.go:149.
type datastore struct {
	*sql.DB
	driverName string
}

var _ writestore = &datastore{}

// now is database.go:155.
func (db *datastore) now() string {
	if db.driverName == driverSQLite {
		return "strftime('%Y-%m-%d %H:%M:%S','now')"
	}
	return "NOW()"
}

// upsert is database.go:169.
func (db *datastore) upsert(indexedCols ...string) string {
	if db.driverName == driverSQLite {
		// NOTE: SQLite UPSERT syntax only works in v3.24.0 (2018-06-04) or later
		// Leaving this for whenever we can upgrade and include it in our binary
		cc := strings.Join(indexedCols, ", ")
		return "ON CONFLICT(" + cc + ") DO UPDATE SET"
	}
	return "ON DUPLICATE KEY UPDATE"
}

// dateAdd is database.go:179.
func (db *datastore) dateAdd(l int, unit string) string {
	if db.driverName == driverSQLite {
		return fmt.Sprintf("DATETIME('now', '%d %s')", l, unit)
	}
	return fmt.Sprintf("DATE_ADD(NOW(), INTERVAL %d %s)", l, unit)
}

// CreateUser is database.go:194. Callers: signupWithRegistration
// (account.go:172, POST /api/auth/signup and /auth/signup), viewOauthSignup
// (oauth_signup.go:130), the CLI CreateUser (app.go:935).
// CreateUser creates a new user in the database from the given User, UPDATING it in the process with the user's ID.
func (db *datastore) CreateUser(cfg *config.Config, u *User, collectionTitle string, collectionDesc string) error {
	if db.PostIDExists(u.Username) { // safe: the lookup is of posts.id (a username may not shadow a post URL), not of the inserted users/collections rows; their UNIQUE username / alias keys make a concurrent duplicate fail, and that error is caught (isDuplicateKeyErr) and answered 409 "Username is already taken", as a sequential duplicate would be
		return impart.HTTPError{Status: http.StatusConflict, Message: "Invalid collection name."}
	}

	// New users get a `users` and `collections` row.
	t, err := db.Begin()
	if err != nil {
		return err
	}

	// 1. Add to `users` table
	// NOTE: Assumes User's Password is already hashed!
	res, err := t.Exec("INSERT INTO users (username, password, email) VALUES (?, ?, ?)", u.Username, u.HashedPass, u.Email)
	if err != nil {
		t.Rollback()
		if db.isDuplicateKeyErr(err) {
			return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
		}

		log.Error("Rolling back users INSERT: %v\n", err)
		return err
	}
	u.ID, err = res.LastInsertId()
	if err != nil {
		t.Rollback()
		log.Error("Rolling back after LastInsertId: %v\n", err)
		return err
	}

	// 2. Create user's Collection
	if collectionTitle == "" {
		collectionTitle = u.Username
	}
	res, err = t.Exec("INSERT INTO collections (alias, title, description, privacy, owner_id, view_count) VALUES (?, ?, ?, ?, ?, ?)", u.Username, collectionTitle, collectionDesc, defaultVisibility(cfg), u.ID, 0)
	if err != nil {
		t.Rollback()
		if db.isDuplicateKeyErr(err) {
			return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
		}
		log.Error("Rolling back collections INSERT: %v\n", err)
		return err
	}

	db.RemoveCollectionRedirect(t, u.Username)

	err = t.Commit()
	if err != nil {
		t.Rollback()
		log.Error("Rolling back after Commit(): %v\n", err)
		return err
	}

	return nil
}

// CreateCollection is database.go:293. Callers: newCollection
// (collections.go:499, POST /api/collections), ClaimPosts (database.go:1693).
func (db *datastore) CreateCollection(cfg *config.Config, alias, title string, userID int64) (*Collection, error) {
	if db.PostIDExists(alias) { // safe: the lookup is of posts.id, not of the inserted collections row; collections.alias is UNIQUE (schema.sql UNIQUE KEY `alias`) and a concurrent duplicate's error is caught (isDuplicateKeyErr) and answered 409 "Collection already exists."
		return nil, impart.HTTPError{Status: http.StatusConflict, Message: "Invalid collection name."}
	}

	// All good, so create new collection
	res, err := db.Exec("INSERT INTO collections (alias, title, description, privacy, owner_id, view_count) VALUES (?, ?, ?, ?, ?, ?)", alias, title, "", defaultVisibility(cfg), userID, 0)
	if err != nil {
		if db.isDuplicateKeyErr(err) {
			return nil, impart.HTTPError{Status: http.StatusConflict, Message: "Collection already exists."}
		}
		log.Error("Couldn't add to collections: %v\n", err)
		return nil, err
	}

	c := &Collection{
		Alias:       alias,
		Title:       title,
		OwnerID:     userID,
		PublicOwner: false,
		Public:      defaultVisibility(cfg) == CollPublic,
	}

	c.ID, err = res.LastInsertId()
	if err != nil {
		log.Error("Couldn't get collection LastInsertId: %v\n", err)
	}

	return c, nil
}

// GetUserByID is database.go:324.
func (db *datastore) GetUserByID(id int64) (*User, error) {
	u := &User{ID: id}

	err := db.QueryRow("SELECT username, password, email, created, status FROM users WHERE id = ?", id).Scan(&u.Username, &u.HashedPass, &u.Email, &u.Created, &u.Status)
	switch {
	case err == sql.ErrNoRows:
		return nil, ErrUserNotFound
	case err != nil:
		log.Error("Couldn't SELECT user password: %v", err)
		return nil, err
	}

	return u, nil
}

// GetUserForAuth is database.go:392.
func (db *datastore) GetUserForAuth(username string) (*User, error) {
	u := &User{Username: username}

	err := db.QueryRow("SELECT id, password, email, created, status FROM users WHERE username = ?", username).Scan(&u.ID, &u.HashedPass, &u.Email, &u.Created, &u.Status)
	switch {
	case err == sql.ErrNoRows:
		// Check if they've entered the wrong, unnormalized username
		username = getSlug(username, "")
		if username != u.Username {
			err = db.QueryRow("SELECT id FROM users WHERE username = ? LIMIT 1", username).Scan(&u.ID)
			if err == nil {
				return db.GetUserForAuth(username)
			}
		}
		return nil, ErrUserNotFound
	case err != nil:
		log.Error("Couldn't SELECT user password: %v", err)
		return nil, err
	}

	return u, nil
}

// GetUserID is database.go:490.
// GetUserID takes a hexadecimal accessToken, parses it into its binary
// representation, and gets any user ID associated with the token. If no user
// is associated, -1 is returned.
func (db *datastore) GetUserID(accessToken string) int64 {
	i, _ := db.GetUserIDPrivilege(accessToken)
	return i
}

// GetUserIDPrivilege is database.go:495 (the one-time token deletion is left
// out).
func (db *datastore) GetUserIDPrivilege(accessToken string) (userID int64, sudo bool) {
	t := auth.GetToken(accessToken)
	if len(t) == 0 {
		return -1, false
	}

	var oneTime bool
	err := db.QueryRow("SELECT user_id, sudo, one_time FROM accesstokens WHERE token LIKE ? AND (expires IS NULL OR expires > "+db.now()+")", t).Scan(&userID, &sudo, &oneTime)
	switch {
	case err == sql.ErrNoRows:
		return -1, false
	case err != nil:
		return -1, false
	}

	return
}

// FetchLastAccessToken is database.go:532.
// FetchLastAccessToken creates a new non-expiring, valid access token for the given
// userID.
func (db *datastore) FetchLastAccessToken(userID int64) string {
	var t []byte
	err := db.QueryRow("SELECT token FROM accesstokens WHERE user_id = ? AND (expires IS NULL OR expires > "+db.now()+") ORDER BY created DESC LIMIT 1", userID).Scan(&t)
	switch {
	case err == sql.ErrNoRows:
		return ""
	case err != nil:
		log.Error("Failed selecting from accesstoken: %v", err)
		return ""
	}

	u, err := uuid.Parse(t)
	if err != nil {
		return ""
	}
	return u.String()
}

// GetAccessToken is database.go:552.
// GetAccessToken creates a new non-expiring, valid access token for the given
// userID.
func (db *datastore) GetAccessToken(userID int64) (string, error) {
	return db.GetTemporaryOneTimeAccessToken(userID, 0, false)
}

// GetTemporaryOneTimeAccessToken is database.go:567.
// GetTemporaryOneTimeAccessToken creates a new valid access token for the given
// userID that remains valid for the given time in seconds and can only be used
// once if oneTime is true. If validSecs is 0, the access token doesn't
// automatically expire.
func (db *datastore) GetTemporaryOneTimeAccessToken(userID int64, validSecs int, oneTime bool) (string, error) {
	u, err := uuid.NewV4()
	if err != nil {
		log.Error("Unable to generate token: %v", err)
		return "", err
	}

	// Insert UUID to `accesstokens`
	binTok := u[:]

	expirationVal := "NULL"
	if validSecs > 0 {
		expirationVal = db.dateAdd(validSecs, "SECOND")
	}

	_, err = db.Exec("INSERT INTO accesstokens (token, user_id, one_time, expires) VALUES (?, ?, ?, "+expirationVal+")", string(binTok), userID, oneTime)
	if err != nil {
		log.Error("Couldn't INSERT accesstoken: %v", err)
		return "", err
	}

	return u.String(), nil
}

// GetCollectionBy is database.go:837 (the style sheet, script, signature and
// format columns and the attribute reads are left out).
func (db *datastore) GetCollectionBy(condition string, value interface{}) (*Collection, error) {
	c := &Collection{}

	row := db.QueryRow("SELECT id, alias, title, description, owner_id, privacy, view_count FROM collections WHERE "+condition, value)

	err := row.Scan(&c.ID, &c.Alias, &c.Title, &c.Description, &c.OwnerID, &c.Visibility, &c.Views)
	switch {
	case err == sql.ErrNoRows:
		return nil, impart.HTTPError{Status: http.StatusNotFound, Message: "Collection doesn't exist."}
	case err != nil:
		log.Error("Failed selecting from collections: %v", err)
		return nil, err
	}
	c.Public = c.IsPublic()

	c.db = db

	return c, nil
}

// GetCollection is database.go:867.
func (db *datastore) GetCollection(alias string) (*Collection, error) {
	return db.GetCollectionBy("alias = ?", alias)
}

// GetCollectionByID is database.go:889.
func (db *datastore) GetCollectionByID(id int64) (*Collection, error) {
	return db.GetCollectionBy("id = ?", id)
}

// UpdateCollection is database.go:897, reduced to the collection id lookup
// (:940), the render_mathjax upsert (:946-951) and the verification link
// (:963-1000) that resolves a fediverse handle through GetProfileURLFromHandle
// (activitypub.go:859, race R2). The dynamic UPDATE of the collections row
// and the password upsert (:1081-1098) are left out.
// Caller: existingCollection (collections.go:1287, POST /api/collections/{alias}).
func (db *datastore) UpdateCollection(app *App, c *SubmittedCollection, alias string) error {
	// Find any current domain
	var collID int64
	err := db.QueryRow("SELECT id FROM collections WHERE alias = ?", alias).Scan(&collID) // safe: parent lookup of the collection's id; the collectionattributes writes after it are atomic upserts on PRIMARY KEY (collection_id, attribute) (INSERT OR REPLACE / ON DUPLICATE KEY UPDATE)
	if err != nil {
		log.Error("Failed selecting from collections: %v. Some things won't work.", err)
	}

	// Update MathJax value
	if c.MathJax {
		if db.driverName == driverSQLite {
			_, err = db.Exec("INSERT OR REPLACE INTO collectionattributes (collection_id, attribute, value) VALUES (?, ?, ?)", collID, "render_mathjax", "1")
		} else {
			_, err = db.Exec("INSERT INTO collectionattributes (collection_id, attribute, value) VALUES (?, ?, ?) "+db.upsert("collection_id", "attribute")+" value = ?", collID, "render_mathjax", "1", "1")
		}
		if err != nil {
			log.Error("Unable to insert render_mathjax value: %v", err)
			return err
		}
	} else {
		_, err = db.Exec("DELETE FROM collectionattributes WHERE collection_id = ? AND attribute = ?", collID, "render_mathjax")
		if err != nil {
			log.Error("Unable to delete render_mathjax value: %v", err)
			return err
		}
	}

	// Update Verification link value
	if c.Verification != nil {
		skipUpdate := false
		if *c.Verification != "" {
			// Strip away any excess spaces
			trimmed := strings.TrimSpace(*c.Verification)
			if strings.HasPrefix(trimmed, "@") && strings.Count(trimmed, "@") == 2 {
				// This looks like a fediverse handle, so resolve profile URL
				profileURL, err := GetProfileURLFromHandle(app, trimmed)
				if err != nil || profileURL == "" {
					log.Error("Couldn't find user %s: %v", trimmed, err)
					skipUpdate = true
				} else {
					c.Verification = &profileURL
				}
			}
		}
		if !skipUpdate {
			err = db.SetCollectionAttribute(collID, "verification_link", *c.Verification)
			if err != nil {
				log.Error("Unable to insert verification_link value: %v", err)
				return err
			}
		}
	}

	return nil
}

// PostIDExists is database.go:1135.
func (db *datastore) PostIDExists(id string) bool {
	var dummy bool
	err := db.QueryRow("SELECT 1 FROM posts WHERE id = ?", id).Scan(&dummy)
	return err == nil && dummy
}

// ChangeSettings is database.go:2163, reduced to the username change
// (:2185-2237); the email and passphrase updates are left out.
// Caller: updateSettings (account.go:900, POST /api/me/self and the
// /me/settings form).
func (db *datastore) ChangeSettings(app *App, u *User, s *userSettings) error {
	// Update username if given
	var newUsername string
	if s.Username != "" {
		var ie *impart.HTTPError
		newUsername, ie = getValidUsername(app, s.Username, u.Username) // safe: the availability lookup guards an UPDATE of the user's own users/collections rows (a rename), not an insert; UNIQUE username / alias make a concurrent rename to the same name fail, caught by isDuplicateKeyErr -> 409
		if ie != nil {
			// Username is invalid
			return *ie
		}
		if !author.IsValidUsername(app.cfg, newUsername) {
			// Ensure the username is syntactically correct.
			return impart.HTTPError{Status: http.StatusPreconditionFailed, Message: "Username isn't valid."}
		}

		t, err := db.Begin()
		if err != nil {
			log.Error("Couldn't start username change transaction: %v", err)
			return err
		}

		_, err = t.Exec("UPDATE users SET username = ? WHERE id = ?", newUsername, u.ID)
		if err != nil {
			t.Rollback()
			if db.isDuplicateKeyErr(err) {
				return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
			}
			log.Error("Unable to update users table: %v", err)
			return ErrInternalGeneral
		}

		_, err = t.Exec("UPDATE collections SET alias = ? WHERE alias = ? AND owner_id = ?", newUsername, u.Username, u.ID)
		if err != nil {
			t.Rollback()
			if db.isDuplicateKeyErr(err) {
				return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
			}
			log.Error("Unable to update collection: %v", err)
			return ErrInternalGeneral
		}

		// Keep track of name changes for redirection
		db.RemoveCollectionRedirect(t, newUsername)
		_, err = t.Exec("UPDATE collectionredirects SET new_alias = ? WHERE new_alias = ?", newUsername, u.Username)
		if err != nil {
			log.Error("Unable to update collectionredirects: %v", err)
		}
		_, err = t.Exec("INSERT INTO collectionredirects (prev_alias, new_alias) VALUES (?, ?)", u.Username, newUsername)
		if err != nil {
			log.Error("Unable to add new collectionredirect: %v", err)
		}

		err = t.Commit()
		if err != nil {
			t.Rollback()
			log.Error("Rolling back after Commit(): %v\n", err)
			return err
		}

		u.Username = newUsername
	}

	return nil
}

// RemoveCollectionRedirect is database.go:2343.
func (db *datastore) RemoveCollectionRedirect(t *sql.Tx, alias string) error {
	_, err := t.Exec("DELETE FROM collectionredirects WHERE prev_alias = ?", alias)
	if err != nil {
		log.Error("Unable to delete from collectionredirects: %v", err)
		return err
	}
	return nil
}

// SetCollectionAttribute is database.go:2467.
func (db *datastore) SetCollectionAttribute(id int64, attr, v string) error {
	_, err := db.Exec("INSERT INTO collectionattributes (collection_id, attribute, value) VALUES (?, ?, ?) "+db.upsert("collection_id", "attribute")+" value = ?", id, attr, v, v)
	if err != nil {
		log.Error("Unable to INSERT into collectionattributes: %v", err)
		return err
	}
	return nil
}

// GetAPActorKeys is database.go:2644. Callers: Collection.PersonObject
// (collections.go:352), reached from every ActivityPub actor fetch, inbox POST
// (activitypub.go:352), federatePost (:698) and, for the instance collection
// (id 0), every signed resolveIRI (:589).
func (db *datastore) GetAPActorKeys(collectionID int64) ([]byte, []byte) {
	var pub, priv []byte
	err := db.QueryRow("SELECT public_key, private_key FROM collectionkeys WHERE collection_id = ?", collectionID).Scan(&pub, &priv) // race
	switch {
	case err == sql.ErrNoRows:
		// Generate keys
		pub, priv = activitypub.GenerateKeys()
		_, err = db.Exec("INSERT INTO collectionkeys (collection_id, public_key, private_key) VALUES (?, ?, ?)", collectionID, pub, priv)
		if err != nil {
			log.Error("Unable to INSERT new activitypub keypair: %v", err)
			return nil, nil
		}
	case err != nil:
		log.Error("Couldn't SELECT collectionkeys: %v", err)
		return nil, nil
	}

	return pub, priv
}

// GetUserInvite is database.go:2686.
func (db *datastore) GetUserInvite(id string) (*Invite, error) {
	var i Invite
	err := db.QueryRow("SELECT id, max_uses, created, expires, inactive FROM userinvites WHERE id = ?", id).Scan(&i.ID, &i.MaxUses, &i.Created, &i.Expires, &i.Inactive)
	switch {
	case err == sql.ErrNoRows, db.isIgnorableError(err):
		return nil, impart.HTTPError{Status: http.StatusNotFound, Message: "Invite doesn't exist."}
	case err != nil:
		log.Error("Failed selecting invite: %v", err)
		return nil, err
	}

	return &i, nil
}

// GetUsersInvitedCount is database.go:2713.
func (db *datastore) GetUsersInvitedCount(id string) int64 {
	var count int64
	err := db.QueryRow("SELECT COUNT(*) FROM usersinvited WHERE invite_id = ?", id).Scan(&count)
	switch {
	case err == sql.ErrNoRows:
		return 0
	case err != nil:
		log.Error("Failed selecting users invited count: %v", err)
		return 0
	}

	return count
}

// CreateInvitedUser is database.go:2727.
func (db *datastore) CreateInvitedUser(inviteID string, userID int64) error {
	_, err := db.Exec("INSERT INTO usersinvited (invite_id, user_id) VALUES (?, ?)", inviteID, userID)
	return err
}

// ValidateOAuthState is database.go:2882. Caller: viewOauthCallback
// (oauth.go:329).
func (db *datastore) ValidateOAuthState(ctx context.Context, state string) (string, string, int64, string, error) {
	var provider string
	var clientID string
	var attachUserID sql.NullInt64
	var inviteCode sql.NullString
	err := wf_db.RunTransactionWithOptions(ctx, db.DB, &sql.TxOptions{}, func(ctx context.Context, tx *sql.Tx) error {
		err := tx. // safe: the lookup of an unused state guards an UPDATE (used = TRUE) of that same row, whose RowsAffected is checked; nothing is inserted (states are inserted by GenerateOAuthState with a fresh random value, UNIQUE state)
				QueryRowContext(ctx, "SELECT provider, client_id, attach_user_id, invite_code FROM oauth_client_states WHERE state = ? AND used = FALSE", state).
				Scan(&provider, &clientID, &attachUserID, &inviteCode)
		if err != nil {
			return err
		}

		res, err := tx.ExecContext(ctx, "UPDATE oauth_client_states SET used = TRUE WHERE state = ?", state)
		if err != nil {
			return err
		}
		rowsAffected, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if rowsAffected != 1 {
			return fmt.Errorf("state not found")
		}
		return nil
	})
	if err != nil {
		return "", "", 0, "", nil
	}
	return provider, clientID, attachUserID.Int64, inviteCode.String, nil
}

// RecordRemoteUserID is database.go:2914.
func (db *datastore) RecordRemoteUserID(ctx context.Context, localUserID int64, remoteUserID, provider, clientID, accessToken string) error {
	var err error
	if db.driverName == driverSQLite {
		_, err = db.ExecContext(ctx, "INSERT OR REPLACE INTO oauth_users (user_id, remote_user_id, provider, client_id, access_token) VALUES (?, ?, ?, ?, ?)", localUserID, remoteUserID, provider, clientID, accessToken)
	} else {
		_, err = db.ExecContext(ctx, "INSERT INTO oauth_users (user_id, remote_user_id, provider, client_id, access_token) VALUES (?, ?, ?, ?, ?) "+db.upsert("user")+" access_token = ?", localUserID, remoteUserID, provider, clientID, accessToken, accessToken)
	}
	if err != nil {
		log.Error("Unable to INSERT oauth_users for '%d': %v", localUserID, err)
	}
	return err
}

// GetIDForRemoteUser is database.go:2928.
// GetIDForRemoteUser returns a user ID associated with a remote user ID.
func (db *datastore) GetIDForRemoteUser(ctx context.Context, remoteUserID, provider, clientID string) (int64, error) {
	var userID int64 = -1
	err := db.
		QueryRowContext(ctx, "SELECT user_id FROM oauth_users WHERE remote_user_id = ? AND provider = ? AND client_id = ?", remoteUserID, provider, clientID).
		Scan(&userID)
	// Not finding a record is OK.
	if err != nil && err != sql.ErrNoRows {
		return -1, err
	}
	return userID, nil
}

// GetProfilePageFromHandle is database.go:3006. Callers: handleViewMention
// (collections.go:991, GET /@/{handle}) and PublicPost.ActivityObject
// (posts.go:1271), which federatePost (activitypub.go:699, :753),
// deleteFederatedPost (:640), the outbox (:201) and the post's ActivityPub
// views (posts.go:1165, :1571) run for every @mention in a post.
// Deprecated: use GetProfileURLFromHandle() instead, which returns user-facing URL instead of actor_id
func (db *datastore) GetProfilePageFromHandle(app *App, handle string) (string, error) {
	handle = strings.TrimLeft(handle, "@")
	actorIRI := ""
	parts := strings.Split(handle, "@")
	if len(parts) != 2 {
		return "", fmt.Errorf("invalid handle format")
	}
	domain := parts[1]

	// Check non-AP instances
	if siloProfileURL := silobridge.Profile(parts[0], domain); siloProfileURL != "" {
		return siloProfileURL, nil
	}

	remoteUser, err := getRemoteUserFromHandle(app, handle)
	if err != nil {
		// can't find using handle in the table but the table may already have this user without
		// handle from a previous version
		// TODO: Make this determination. We should know whether a user exists without a handle, or doesn't exist at all
		actorIRI = RemoteLookup(handle)
		_, errRemoteUser := getRemoteUser(app, actorIRI) // race
		// if it exists then we need to update the handle
		if errRemoteUser == nil {
			_, err := app.db.Exec("UPDATE remoteusers SET handle = ? WHERE actor_id = ?", handle, actorIRI)
			if err != nil {
				log.Error("Couldn't update handle '%s' for user %s", handle, actorIRI)
			}
		} else {
			// this probably means we don't have the user in the table so let's try to insert it
			// here we need to ask the server for the inboxes
			remoteActor, err := activityserve.NewRemoteActor(actorIRI)
			if err != nil {
				log.Error("Couldn't fetch remote actor: %v", err)
			}
			if debugging {
				log.Info("%s %s %s %s", actorIRI, remoteActor.GetInbox(), remoteActor.GetSharedInbox(), handle)
			}
			_, err = app.db.Exec("INSERT INTO remoteusers (actor_id, inbox, shared_inbox, handle) VALUES(?, ?, ?, ?)", actorIRI, remoteActor.GetInbox(), remoteActor.GetSharedInbox(), handle)
			if err != nil {
				log.Error("Couldn't insert remote user: %v", err)
				return "", err
			}
		}
	} else {
		actorIRI = remoteUser.ActorID
	}
	return actorIRI, nil
}

// AddEmailSubscription is database.go:3055. Caller:
// handleCreateEmailSubscription (email.go:144, POST
// /api/collections/{alias}/email/subscribe).
func (db *datastore) AddEmailSubscription(collID, userID int64, email string, confirmed bool) (*EmailSubscriber, error) {
	friendlyChars := "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
	subID := id.GenerateRandomString(friendlyChars, 8)
	token := id.GenerateRandomString(friendlyChars, 16)
	emailVal := sql.NullString{
		String: email,
		Valid:  email != "",
	}
	userIDVal := sql.NullInt64{
		Int64: userID,
		Valid: userID > 0,
	}

	_, err := db.Exec("INSERT INTO emailsubscribers (id, collection_id, user_id, email, subscribed, token, confirmed) VALUES (?, ?, ?, ?, "+db.now()+", ?, ?)", subID, collID, userIDVal, emailVal, token, confirmed)
	if err != nil {
		if mysqlErr, ok := err.(*mysql.MySQLError); ok {
			if mysqlErr.Number == mySQLErrDuplicateKey {
				// Duplicate, so just return existing subscriber information
				log.Info("Duplicate subscriber for email %s, user %d; returning existing subscriber", email, userID)
				return db.FetchEmailSubscriber(email, userID, collID) // safe: insert-first; the UNIQUE (collection_id, email) / (collection_id, user_id) keys (migrations/v13.go:41, :43) reject the duplicate and the loser re-reads the existing subscriber (MySQL; on SQLite the error is returned, sequentially as well)
			}
		}
		return nil, err
	}

	return &EmailSubscriber{
		ID:     subID,
		CollID: collID,
		UserID: userIDVal,
		Email:  emailVal,
		Token:  token,
	}, nil
}

// FetchEmailSubscriber is database.go:3151.
func (db *datastore) FetchEmailSubscriber(email string, userID, collID int64) (*EmailSubscriber, error) {
	const emailSubCols = "id, collection_id, user_id, email, subscribed, token, confirmed, allow_export"

	s := &EmailSubscriber{}
	var row *sql.Row
	if email != "" {
		row = db.QueryRow("SELECT "+emailSubCols+" FROM emailsubscribers WHERE email = ? AND collection_id = ?", email, collID)
	} else {
		row = db.QueryRow("SELECT "+emailSubCols+" FROM emailsubscribers WHERE user_id = ? AND collection_id = ?", userID, collID)
	}
	err := row.Scan(&s.ID, &s.CollID, &s.UserID, &s.Email, &s.Subscribed, &s.Token, &s.Confirmed, &s.AllowExport)
	switch {
	case err == sql.ErrNoRows:
		return nil, nil
	case err != nil:
		return nil, err
	}
	return s, nil
}

// IsSubscriberConfirmed is database.go:3219.
func (db *datastore) IsSubscriberConfirmed(email string) bool {
	var dummy int64
	err := db.QueryRow("SELECT 1 FROM emailsubscribers WHERE email = ? AND confirmed = 1", email).Scan(&dummy)
	switch {
	case err == sql.ErrNoRows:
		return false
	case err != nil:
		log.Error("Couldn't SELECT in isSubscriberConfirmed: %v", err)
		return false
	}

	return true
}
