// Package transfer is a minimal stand-in for
// github.com/charmbracelet/git-lfs-transfer/transfer.
package transfer

import (
	"path"
	"regexp"
)

// Args are the arguments of a transfer command.
type Args map[string]string

// Pointer is an LFS pointer.
type Pointer struct {
	Oid  string `json:"oid"`
	Size int64  `json:"size"`
}

var oidRe = regexp.MustCompile(`^[a-f0-9]{64}$`)

// IsValid reports whether the pointer has a valid oid and size.
func (p Pointer) IsValid() bool { return oidRe.MatchString(p.Oid) && p.Size >= 0 }

// RelativePath returns the object's storage path.
func (p Pointer) RelativePath() string {
	if len(p.Oid) < 5 {
		return p.Oid
	}
	return path.Join(p.Oid[0:2], p.Oid[2:4], p.Oid)
}

// BatchItem is an item of a batch request/response.
type BatchItem struct {
	Pointer
	Present bool
}
