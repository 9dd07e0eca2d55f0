// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"time"
)

// BaseModel reproduces internal/domain/base.go:9.
type BaseModel struct {
	CreatedBy string
	UpdatedBy string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// PrivateString reproduces internal/domain/base.go:16.
type PrivateString string

const (
	DisabledReasonLdapMissing    = "missing in ldap"
	DisabledReasonMigrationDummy = "migration dummy user"
)
