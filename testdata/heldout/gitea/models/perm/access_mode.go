// Package perm is trimmed from code.gitea.io/gitea/models/perm.
package perm

import "errors"

// AccessMode specifies the users access mode
type AccessMode int

const (
	AccessModeNone  AccessMode = iota // 0: no access
	AccessModeRead                    // 1: read access
	AccessModeWrite                   // 2: write access
	AccessModeAdmin                   // 3: admin access
	AccessModeOwner                   // 4: owner access
)

// ErrInvalidAccessMode is returned when an invalid access mode is used
var ErrInvalidAccessMode = errors.New("invalid access mode")
