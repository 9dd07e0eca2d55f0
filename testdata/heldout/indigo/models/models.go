// Package models reproduces the shared types of indigo models/ (uid.go,
// dbcid.go) used by the reproduced carstore and repomgr code.
package models

import (
	"database/sql/driver"
	"fmt"

	"example.com/heldout/indigo/pkg/go-cid"
)

// Uid reproduces models/uid.go:3.
type Uid uint64

// DbCID reproduces models/dbcid.go:12.
type DbCID struct {
	CID cid.Cid
}

func (dbc *DbCID) Scan(v any) error {
	b, ok := v.([]byte)
	if !ok {
		return fmt.Errorf("dbcids must get bytes!")
	}

	if len(b) == 0 {
		return nil
	}

	c, err := cid.Cast(b)
	if err != nil {
		return err
	}

	dbc.CID = c
	return nil
}

func (dbc DbCID) Value() (driver.Value, error) {
	if !dbc.CID.Defined() {
		return nil, fmt.Errorf("cannot serialize undefined cid to database")
	}
	return dbc.CID.Bytes(), nil
}
