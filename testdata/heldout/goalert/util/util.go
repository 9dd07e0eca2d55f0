// Package util is a trimmed reproduction of goalert's util package
// (util/sqlprepare.go Prepare, util/loadlocation.go LoadLocation).
package util

import (
	"context"
	"database/sql"
	"time"

	"github.com/pkg/errors"
)

// Preparer mirrors util.Preparer.
type Preparer interface {
	PrepareContext(context.Context, string) (*sql.Stmt, error)
}

// Prepare reproduces util/sqlprepare.go:33.
type Prepare struct {
	DB  Preparer
	Ctx context.Context
	Err error
}

// P reproduces util/sqlprepare.go:52 (error mapping trimmed).
func (p *Prepare) P(query string) (s *sql.Stmt) {
	if p.Err != nil {
		return nil
	}

	if p.Ctx != nil {
		s, p.Err = p.DB.PrepareContext(p.Ctx, query)
	} else {
		s, p.Err = p.DB.PrepareContext(context.Background(), query)
	}
	if p.Err != nil {
		p.Err = errors.WithStack(p.Err)
	}
	return s
}

// LoadLocation mirrors util.LoadLocation.
func LoadLocation(name string) (*time.Location, error) { return time.LoadLocation(name) }
