// Package semver is a tiny stand-in for github.com/blang/semver (Version,
// MustParse, EQ, String).
package semver

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a semantic version.
type Version struct {
	Major, Minor, Patch uint64
}

// MustParse parses s or panics.
func MustParse(s string) Version {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		panic("semver: invalid version " + s)
	}
	var v [3]uint64
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 64)
		if err != nil {
			panic(err)
		}
		v[i] = n
	}
	return Version{Major: v[0], Minor: v[1], Patch: v[2]}
}

// EQ reports whether v == o.
func (v Version) EQ(o Version) bool { return v == o }

// String formats the version.
func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }
