// Package cid is a minimal stand-in for github.com/ipfs/go-cid (the real
// module is not in testdata/heldout/go.mod). Only the API shape used by the
// reproduced indigo code is kept.
package cid

import "errors"

// Cid stands in for cid.Cid.
type Cid struct{ str string }

// Undef stands in for cid.Undef.
var Undef = Cid{}

// Defined reports whether the Cid is set.
func (c Cid) Defined() bool { return c.str != "" }

// Bytes returns the binary form.
func (c Cid) Bytes() []byte { return []byte(c.str) }

// String returns the string form.
func (c Cid) String() string { return c.str }

// Cast parses the binary form.
func Cast(b []byte) (Cid, error) {
	if len(b) == 0 {
		return Undef, errors.New("empty cid")
	}
	return Cid{str: string(b)}, nil
}
