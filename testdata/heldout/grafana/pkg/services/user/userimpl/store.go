package userimpl

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/sqlstore/migrator"
	"example.com/heldout/grafana/pkg/services/user"
	"example.com/heldout/grafana/pkg/storage/legacysql"
	"example.com/heldout/grafana/pkg/util"
)

// Upstream: pkg/services/user/userimpl/store.go (newest stored version,
// index id 59657528353). Trimmed to Insert, LoginConflict and
// handleSQLError.

type store interface {
	Insert(context.Context, *user.User) (int64, error)
	LoginConflict(ctx context.Context, login, email string) error
}

type sqlStore struct {
	sql legacysql.LegacyDatabaseProvider
}

func ProvideStore(sql legacysql.LegacyDatabaseProvider) sqlStore {
	return sqlStore{
		sql: sql,
	}
}

// Insert — upstream store.go:63 (insert :75; unique violations are mapped
// to user.ErrUserAlreadyExists by handleSQLError, :82).
func (ss *sqlStore) Insert(ctx context.Context, cmd *user.User) (int64, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return 0, fmt.Errorf("get legacy DB: %w", err)
	}

	err = dbHelper.DB.WithDbSession(ctx, func(sess *db.Session) error {
		sess.UseBool("is_admin")
		if cmd.UID == "" {
			cmd.UID = util.GenerateShortUID()
		}

		if _, err = sess.Table(dbHelper.Table("user")).Insert(cmd); err != nil {
			return err
		}
		return nil
	})

	if err != nil {
		return 0, handleSQLError(dbHelper.DB.GetDialect(), err)
	}

	return cmd.ID, nil
}

// LoginConflict returns an error if the provided email or login are already
// associated with a user.
// Upstream store.go:308 (lookup :321).
func (ss *sqlStore) LoginConflict(ctx context.Context, login, email string) error {
	// enforcement of lowercase due to forcement of caseinsensitive login
	login = strings.ToLower(login)
	email = strings.ToLower(email)

	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return fmt.Errorf("get legacy DB: %w", err)
	}

	err = dbHelper.DB.WithDbSession(ctx, func(sess *db.Session) error {
		where := "email=? OR login=?"

		exists, err := sess.Table(dbHelper.Table("user")).Where(where, email, login).Get(&user.User{})
		if err != nil {
			return err
		}
		if exists {
			return user.ErrUserAlreadyExists
		}

		return nil
	})
	return err
}

// handleSQLError — upstream: last function of store.go.
func handleSQLError(dialect migrator.Dialect, err error) error {
	if dialect.IsUniqueConstraintViolation(err) {
		return user.ErrUserAlreadyExists
	}
	return err
}
