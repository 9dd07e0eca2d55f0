// Package qrm is a stand-in for github.com/go-jet/jet/v2/qrm: only the
// ErrNoRows sentinel that the teldrive repositories compare against.
package qrm

import "errors"

// ErrNoRows is returned by jet's Query when a single-row destination got no row.
var ErrNoRows = errors.New("qrm: no rows in result set")
