// Package ulid is a stand-in for github.com/oklog/ulid/v2 (Make().String()).
package ulid

import (
	"crypto/rand"
	"encoding/binary"
	"strings"
	"time"
)

type ULID [16]byte

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// Make returns a new, time-ordered, random ULID.
func Make() ULID {
	var u ULID
	binary.BigEndian.PutUint64(u[:8], uint64(time.Now().UnixMilli())<<16)
	_, _ = rand.Read(u[6:])
	return u
}

func (u ULID) String() string {
	var b strings.Builder
	var acc uint64
	bits := 0
	for _, c := range u {
		acc = acc<<8 | uint64(c)
		bits += 8
		for bits >= 5 {
			bits -= 5
			b.WriteByte(alphabet[(acc>>uint(bits))&31])
		}
	}
	if bits > 0 {
		b.WriteByte(alphabet[(acc<<uint(5-bits))&31])
	}
	return b.String()[:26]
}
