// A provider that keeps its SQL in struct fields built once from format
// constants and table names (fmt.Sprintf, then sqlx's Rebind), behind an
// interface that declares sqlx's GetContext itself (authelia's storage),
// whose getter answers not-found with (nil, nil) from a switch, and a
// caller that assigns the lookup in its if statement (if u, err = ...;).
package sql_fields

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
)

type User struct {
	ID       int64  `db:"id"`
	RPID     string `db:"rpid"`
	Username string `db:"username"`
	Handle   string `db:"handle"`
}

// Conn is a *sqlx.DB or a *sqlx.Tx, for mocks.
type Conn interface {
	sqlx.ExecerContext
	Rebind(query string) string
	GetContext(ctx context.Context, dest any, query string, args ...any) error
}

const (
	tableUsers         = "webauthn_users"
	queryFmtSelectUser = `SELECT id, rpid, username, handle FROM %s WHERE rpid = ? AND username = ?`
	queryFmtInsertUser = `INSERT INTO %s (rpid, username, handle) VALUES (?, ?, ?)`
)

type provider struct {
	db            Conn
	sqlSelectUser string
	sqlInsertUser string
}

func newProvider(db Conn) *provider {
	p := &provider{
		db:            db,
		sqlSelectUser: fmt.Sprintf(queryFmtSelectUser, tableUsers),
		sqlInsertUser: fmt.Sprintf(queryFmtInsertUser, tableUsers),
	}
	p.sqlSelectUser = p.db.Rebind(p.sqlSelectUser)
	p.sqlInsertUser = p.db.Rebind(p.sqlInsertUser)
	return p
}

// LoadUser returns the user, nil when there is none.
func (p *provider) LoadUser(ctx context.Context, rpid, username string) (user *User, err error) {
	user = &User{}
	if err = p.db.GetContext(ctx, user, p.sqlSelectUser, rpid, username); err != nil {
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return nil, nil
		default:
			return nil, fmt.Errorf("error selecting user %q: %w", username, err)
		}
	}
	return user, nil
}

// SaveUser inserts the user.
func (p *provider) SaveUser(ctx context.Context, user User) error {
	_, err := p.db.ExecContext(ctx, p.sqlInsertUser, user.RPID, user.Username, user.Handle)
	return err
}

// GetOrCreateUser returns the user of the relying party, creating it.
func GetOrCreateUser(ctx context.Context, db *sqlx.DB, rpid, username string) (user *User, err error) {
	p := newProvider(db)
	if user, err = p.LoadUser(ctx, rpid, username); err != nil {
		return nil, err
	} else if user == nil {
		user = &User{RPID: rpid, Username: username, Handle: "h-" + username}
		if err = p.SaveUser(ctx, *user); err != nil {
			return nil, err
		}
	}
	return user, nil
}

// LoadOrCreate's if statement defines the lookup's variables (:=),
// which nothing after the if uses: the fix moves the definition before
// it.
func LoadOrCreate(ctx context.Context, db *sqlx.DB, rpid, username string) error {
	p := newProvider(db)
	if user, err := p.LoadUser(ctx, rpid, username); err != nil {
		return err
	} else if user == nil {
		return p.SaveUser(ctx, User{RPID: rpid, Username: username, Handle: "h-" + username})
	}
	return nil
}

// LoadOrCreateNamed is not fixed: moving its if's definition (:=)
// before the if would shadow the named results it returns after.
func LoadOrCreateNamed(ctx context.Context, db *sqlx.DB, rpid, username string) (user *User, err error) {
	p := newProvider(db)
	if user, err := p.LoadUser(ctx, rpid, username); err != nil {
		return nil, err
	} else if user == nil {
		return nil, p.SaveUser(ctx, User{RPID: rpid, Username: username, Handle: "h-" + username})
	}
	return user, err
}
