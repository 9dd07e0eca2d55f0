// A store behind an interface that declares sqlx's methods itself
// (soft-serve's db.Handler), with SQL rebound from constants
// (tx.Rebind(`...`)), whose errors go through a function that gives
// sql.ErrNoRows back as an alias of it and a unique violation as an
// error of its own (db.WrapError); a handler that tests the lookup in
// its if statement with err declared before it.
package wrapped_handler

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jmoiron/sqlx"
)

// Handler is a *sqlx.DB or a *sqlx.Tx.
type Handler interface {
	Rebind(string) string
	GetContext(context.Context, interface{}, string, ...interface{}) error
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
}

var (
	// ErrDuplicateKey is a constraint violation.
	ErrDuplicateKey = errors.New("duplicate key value violates table constraint")
	// ErrRecordNotFound is returned when a record is not found.
	ErrRecordNotFound = sql.ErrNoRows
)

// WrapError unites the drivers' errors.
func WrapError(err error) error {
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return ErrRecordNotFound
		}
		if strings.Contains(err.Error(), "UNIQUE") || strings.Contains(err.Error(), "duplicate") {
			return ErrDuplicateKey
		}
	}
	return err
}

type Object struct {
	ID     int64  `db:"id"`
	RepoID int64  `db:"repo_id"`
	Oid    string `db:"oid"`
	Size   int64  `db:"size"`
}

// GetObject returns the object, ErrRecordNotFound when there is none.
func GetObject(ctx context.Context, tx Handler, repoID int64, oid string) (Object, error) {
	var obj Object
	query := tx.Rebind(`SELECT id, repo_id, oid, size FROM lfs_objects WHERE repo_id = ? AND oid = ?;`)
	err := tx.GetContext(ctx, &obj, query, repoID, oid)
	return obj, WrapError(err)
}

// CreateObject inserts the object.
func CreateObject(ctx context.Context, tx Handler, repoID int64, oid string, size int64) error {
	query := tx.Rebind(`INSERT INTO lfs_objects (repo_id, oid, size) VALUES (?, ?, ?);`)
	_, err := tx.ExecContext(ctx, query, repoID, oid, size)
	return WrapError(err)
}

// Upload stores an uploaded object's row unless it is there.
func Upload(db *sqlx.DB, repoID int64, oid string, size int64) (string, error) {
	ctx := context.Background()
	repo, err := repoName(repoID)
	if err != nil {
		return "", err
	}
	if _, err := GetObject(ctx, db, repoID, oid); err == nil {
		return "exists", nil
	} else if !errors.Is(err, ErrRecordNotFound) {
		return "", err
	}
	size, err = checkSize(size)
	if err != nil {
		return "", err
	}
	if err := CreateObject(ctx, db, repoID, oid, size); err != nil {
		return "", err
	}
	return repo, nil
}

func repoName(id int64) (string, error) {
	if id <= 0 {
		return "", errors.New("no repository")
	}
	return "repo", nil
}

func checkSize(n int64) (int64, error) {
	if n < 0 {
		return 0, errors.New("negative size")
	}
	return n, nil
}

// Put is not a race: the duplicate is taken as the object being there.
func Put(db *sqlx.DB, repoID int64, oid string, size int64) error {
	ctx := context.Background()
	if _, err := GetObject(ctx, db, repoID, oid); err == nil {
		return nil
	}
	if err := CreateObject(ctx, db, repoID, oid, size); err != nil && !errors.Is(err, ErrDuplicateKey) {
		return err
	}
	return nil
}
