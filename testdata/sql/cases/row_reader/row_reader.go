// A query run in one function and its row read in another (dex's SQL
// storage: getOfflineSessions hands q.QueryRow(...) to
// scanOfflineSessions, which maps sql.ErrNoRows to the storage's
// ErrNotFound), through an interface of the module's that *sql.DB and
// *sql.Tx implement. A reader that returns its not-found error on another
// path too says nothing of the row: no site.
package row_reader

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

const schema = `
CREATE TABLE offline_session (
	user_id VARCHAR(191) NOT NULL,
	conn_id VARCHAR(191) NOT NULL,
	refresh TEXT NOT NULL,
	PRIMARY KEY (user_id, conn_id)
);
`

// ErrNotFound is the storage's not-found error.
var ErrNotFound = errors.New("not found")

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type scanner interface {
	Scan(dest ...any) error
}

type OfflineSession struct {
	UserID, ConnID, Refresh string
}

type Store struct{ db *sql.DB }

func scanOfflineSession(s scanner) (o OfflineSession, err error) {
	err = s.Scan(&o.UserID, &o.ConnID, &o.Refresh)
	if err != nil {
		if err == sql.ErrNoRows {
			return o, ErrNotFound
		}
		return o, fmt.Errorf("select offline session: %v", err)
	}
	if o.Refresh == "" {
		return o, fmt.Errorf("offline session %s/%s has no refresh token", o.UserID, o.ConnID)
	}
	return o, nil
}

func getOfflineSession(ctx context.Context, q querier, userID, connID string) (OfflineSession, error) {
	return scanOfflineSession(q.QueryRowContext(ctx, `SELECT user_id, conn_id, refresh FROM offline_session WHERE user_id = ? AND conn_id = ?`, userID, connID))
}

func createOfflineSession(ctx context.Context, q querier, o OfflineSession) error {
	_, err := q.ExecContext(ctx, `INSERT INTO offline_session (user_id, conn_id, refresh) VALUES (?, ?, ?)`, o.UserID, o.ConnID, o.Refresh)
	return err
}

// Refresh records the refresh token, creating the session the first time.
func (s *Store) Refresh(ctx context.Context, userID, connID, token string) (string, error) {
	o, err := getOfflineSession(ctx, s.db, userID, connID)
	switch {
	case err != nil && err != ErrNotFound:
		return "", err
	case err != nil:
		if err := createOfflineSession(ctx, s.db, OfflineSession{UserID: userID, ConnID: connID, Refresh: token}); err != nil {
			return "", err
		}
		return token, nil
	}
	return o.Refresh, nil
}

// scanLoose also answers ErrNotFound for an empty refresh token.
func scanLoose(s scanner) (o OfflineSession, err error) {
	if err = s.Scan(&o.UserID, &o.ConnID, &o.Refresh); err == sql.ErrNoRows {
		return o, ErrNotFound
	}
	if o.Refresh == "" {
		return o, ErrNotFound
	}
	return o, err
}

// RefreshLoose is no site: its reader's ErrNotFound does not say no row.
func (s *Store) RefreshLoose(ctx context.Context, userID, connID, token string) error {
	_, err := scanLoose(s.db.QueryRowContext(ctx, `SELECT user_id, conn_id, refresh FROM offline_session WHERE user_id = ? AND conn_id = ?`, userID, connID))
	if errors.Is(err, ErrNotFound) {
		return createOfflineSession(ctx, s.db, OfflineSession{UserID: userID, ConnID: connID, Refresh: token})
	}
	return err
}
