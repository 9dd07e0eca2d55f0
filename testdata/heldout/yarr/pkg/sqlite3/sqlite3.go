// Package sqlite3 is a stand-in for github.com/mattn/go-sqlite3 (vendored
// upstream under vendor/github.com/mattn/go-sqlite3), with only the API shape
// used by yarr's src/storage/sqlite/storage.go: the SQLiteDriver with a
// ConnectHook and SQLiteConn.RegisterFunc. It does not open databases.
package sqlite3

import (
	"database/sql/driver"
	"errors"
)

// SQLiteConn mirrors *sqlite3.SQLiteConn.
type SQLiteConn struct{}

// RegisterFunc mirrors (*SQLiteConn).RegisterFunc.
func (c *SQLiteConn) RegisterFunc(name string, impl any, pure bool) error {
	return nil
}

// SQLiteDriver mirrors sqlite3.SQLiteDriver.
type SQLiteDriver struct {
	Extensions  []string
	ConnectHook func(*SQLiteConn) error
}

// Open implements driver.Driver.
func (d *SQLiteDriver) Open(dsn string) (driver.Conn, error) {
	return nil, errors.New("sqlite3 stand-in: no database engine")
}
