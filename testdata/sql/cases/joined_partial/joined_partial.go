// Identities linked from plugins: a repository reads the identity joined
// to its user and answers nil when there is none (or on any error). The
// key is a partial unique index: unique among the plugins' identities.
package joined_partial

import (
	"database/sql"
	"errors"
)

type User struct {
	ID   int64
	Name string
}

type Repo struct{ DB *sql.DB }

// ByPlugin returns the user a plugin identity is linked to, or nil. It
// pins type = 'plugin', the index's condition (and joins the user, as a
// fuller query would to read more of it).
func (r Repo) ByPlugin(provider, key string) *User {
	u := &User{}
	err := r.DB.QueryRow("SELECT auth.user_id FROM auth LEFT JOIN users ON users.id = auth.user_id WHERE auth.type = 'plugin' AND auth.provider = $1 AND auth.auth_key = $2", provider, key).Scan(&u.ID)
	if err != nil {
		return nil
	}
	return u
}

// ByAny returns the user any identity of the provider is linked to: it
// does not pin the index's condition.
func (r Repo) ByAny(provider, key string) *User {
	u := &User{}
	err := r.DB.QueryRow("SELECT u.id, u.name FROM auth a JOIN users u ON u.id = a.user_id WHERE a.provider = $1 AND a.auth_key = $2", provider, key).Scan(&u.ID, &u.Name)
	if err != nil {
		return nil
	}
	return u
}

// AddPlugin links a plugin identity to the user.
func (r Repo) AddPlugin(userID int64, provider, key string) error {
	_, err := r.DB.Exec("INSERT INTO auth (user_id, type, provider, auth_key) VALUES ($1, 'plugin', $2, $3)", userID, provider, key)
	return err
}

// Link links the identity unless it is linked already, and returns the
// user it is linked to.
func Link(r Repo, userID int64, provider, key string) (int64, error) {
	if u := r.ByPlugin(provider, key); u != nil {
		return u.ID, nil
	}
	if err := r.AddPlugin(userID, provider, key); err != nil {
		return 0, err
	}
	return userID, nil
}

// LinkAny checks any identity of the provider: no unique key covers that
// lookup (the index is partial to the plugins').
func LinkAny(r Repo, userID int64, provider, key string) (int64, error) {
	if u := r.ByAny(provider, key); u != nil {
		return u.ID, nil
	}
	if err := r.AddPlugin(userID, provider, key); err != nil {
		return 0, err
	}
	return userID, nil
}

// LinkOrAdopt handles the race itself: after a failed insert it looks
// the identity up again and adopts the winner's user.
func LinkOrAdopt(r Repo, userID int64, provider, key string) (int64, error) {
	if u := r.ByPlugin(provider, key); u != nil {
		return u.ID, nil
	}
	if err := r.AddPlugin(userID, provider, key); err != nil {
		winner := r.ByPlugin(provider, key)
		if winner == nil {
			return 0, err
		}
		return winner.ID, nil
	}
	return userID, nil
}

// ActiveCode returns the user's active code, creating one the first
// time. The insert leaves active to its DEFAULT, the constant the index's
// condition pins: the row it writes is one the index covers.
func ActiveCode(db *sql.DB, userID int64, fresh string) (string, error) {
	var code string
	err := db.QueryRow("SELECT code FROM codes WHERE user_id = $1 AND active = TRUE", userID).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO codes (user_id, code) VALUES ($1, $2)", userID, fresh)
		code = fresh
	}
	return code, err
}
