// Package dberr holds the store's errors, over plain database/sql.
package dberr

import "database/sql"

// ErrNoEntries is sql.ErrNoRows under the store's name.
var ErrNoEntries = sql.ErrNoRows
