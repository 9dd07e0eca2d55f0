// One query variable for the lookup's SQL and, assigned again, the
// insert's (nakama's AuthenticateCustom), a found flag the lookup's
// error sets, and a caught unique violation answered with an error: the
// caller that loses gets that error where the serial run returns the
// user found. Reported, not fixed. Without the caught violation, fixed.
package query_var_reused

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

const dbErrorUniqueViolation = "23505"

// AuthenticateCustom returns the user of the custom id, created when
// missing.
func AuthenticateCustom(ctx context.Context, db *sql.DB, customID, username string) (string, error) {
	found := true
	query := "SELECT id FROM users WHERE custom_id = $1"
	var dbUserID string
	err := db.QueryRowContext(ctx, query, customID).Scan(&dbUserID)
	if err != nil {
		if err == sql.ErrNoRows {
			found = false
		} else {
			return "", err
		}
	}
	if found {
		return dbUserID, nil
	}
	userID := "u-" + customID
	query = "INSERT INTO users (id, username, custom_id) VALUES ($1, $2, $3)"
	if _, err := db.ExecContext(ctx, query, userID, username, customID); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == dbErrorUniqueViolation {
			if strings.Contains(pgErr.Message, "users_custom_id_key") {
				// A concurrent write has inserted this custom ID.
				return "", errors.New("error finding or creating user account")
			}
		}
		return "", err
	}
	return userID, nil
}

// AuthenticateDevice is the same without the caught violation: fixed.
func AuthenticateDevice(ctx context.Context, db *sql.DB, customID, username string) (string, error) {
	found := true
	query := "SELECT id FROM users WHERE custom_id = $1"
	var dbUserID string
	err := db.QueryRowContext(ctx, query, customID).Scan(&dbUserID)
	if err != nil {
		if err == sql.ErrNoRows {
			found = false
		} else {
			return "", err
		}
	}
	if found {
		return dbUserID, nil
	}
	userID := "d-" + customID
	query = "INSERT INTO users (id, username, custom_id) VALUES ($1, $2, $3)"
	if _, err := db.ExecContext(ctx, query, userID, username, customID); err != nil {
		return "", err
	}
	return userID, nil
}

// Rename assigns the query in a branch: the lookup's text is not known
// on every path, so nothing is read from it: no site.
func Rename(ctx context.Context, db *sql.DB, customID, username string, byName bool) error {
	query := "SELECT id FROM users WHERE custom_id = $1"
	if byName {
		query = "SELECT id FROM users WHERE username = $1"
	}
	var id string
	err := db.QueryRowContext(ctx, query, customID).Scan(&id)
	if err == sql.ErrNoRows {
		_, err = db.ExecContext(ctx, "INSERT INTO users (id, username, custom_id) VALUES ($1, $2, $3)", "r-"+customID, username, customID)
	}
	return err
}

// AuthenticatePrepared prepares its insert on the not-found path:
// preparing changes no row, so the retry may run it again. Fixed.
func AuthenticatePrepared(ctx context.Context, db *sql.DB, customID, username string) (string, error) {
	var id string
	err := db.QueryRowContext(ctx, "SELECT id FROM users WHERE custom_id = $1", customID).Scan(&id)
	if err == nil {
		return id, nil
	}
	if err != sql.ErrNoRows {
		return "", err
	}
	stmt, err := db.PrepareContext(ctx, "INSERT INTO users (id, username, custom_id) VALUES ($1, $2, $3)")
	if err != nil {
		return "", err
	}
	defer stmt.Close()
	id = "p-" + customID
	if _, err := stmt.ExecContext(ctx, id, username, customID); err != nil {
		return "", err
	}
	return id, nil
}
