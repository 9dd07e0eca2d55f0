// Package postgres is a minimal stand-in for gorm.io/driver/postgres (not in
// testdata/heldout/go.mod). Only Open and the ErrorTranslator used with
// gorm.Config{TranslateError: true} are kept; the embedded gorm.Dialector is
// nil, so this compiles but does not connect.
package postgres

import "gorm.io/gorm"

// Dialector stands in for postgres.Dialector.
type Dialector struct {
	gorm.Dialector
	DSN string
}

// Open stands in for postgres.Open.
func Open(dsn string) gorm.Dialector {
	return &Dialector{DSN: dsn}
}

// Translate stands in for the driver's error translator, which maps unique
// violations (postgres 23505; sqlite extended codes 1555/2067) to
// gorm.ErrDuplicatedKey.
func (dialector Dialector) Translate(err error) error {
	return err
}
