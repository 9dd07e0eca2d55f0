// sqlx: Get into a struct, sql.ErrNoRows, then NamedExec of an INSERT
// whose named parameters come from the struct's db tags.
package sqlx_get

import (
	"database/sql"
	"errors"

	"github.com/jmoiron/sqlx"
)

type Device struct {
	ID     int64  `db:"id"`
	Serial string `db:"serial"`
	Owner  string `db:"owner"`
}

// Register returns the device with serial, registering it to owner when
// it is new.
func Register(db *sqlx.DB, serial, owner string) (*Device, error) {
	var d Device
	if err := db.Get(&d, "SELECT id, serial, owner FROM devices WHERE serial = ?", serial); err != nil {
		if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		d = Device{Serial: serial, Owner: owner}
		if _, err := db.NamedExec("INSERT INTO devices (serial, owner) VALUES (:serial, :owner)", &d); err != nil {
			return nil, err
		}
	}
	return &d, nil
}
