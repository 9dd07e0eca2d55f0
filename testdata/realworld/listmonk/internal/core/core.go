// Package core is a reduced copy of upstream internal/core: the functions
// the handlers in cmd/ call, with the same queries, error mapping and
// control flow.
package core

import (
	"fmt"
	"log"
	"net/http"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"example.com/realworld/listmonk/internal/i18n"
	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/echo"
)

// Core represents the listmonk core with all shared, global functions.
// upstream internal/core/core.go:32
type Core struct {
	h *Hooks

	consts Constants
	i18n   *i18n.I18n
	db     *sqlx.DB
	q      *models.Queries
	log    *log.Logger
}

// Constants represents constant config.
type Constants struct {
	SendOptinConfirmation bool
	BounceActions         map[string]struct {
		Count  int
		Action string
	}
}

// Hooks contains external function hooks that are required by the core package.
type Hooks struct {
	SendOptinConfirmation func(models.Subscriber, []int) (int, error)
}

// Opt contains the controllers required to start the core.
type Opt struct {
	Constants Constants
	I18n      *i18n.I18n
	DB        *sqlx.DB
	Queries   *models.Queries
	Log       *log.Logger
}

var (
	// ErrNotFound is returned when a record is not found (upstream core.go:67).
	ErrNotFound = echo.NewHTTPError(http.StatusNotFound, "not found")
)

// New returns a new instance of the core.
func New(o *Opt, h *Hooks) *Core {
	return &Core{
		h:      h,
		consts: o.Constants,
		i18n:   o.I18n,
		db:     o.DB,
		q:      o.Queries,
		log:    o.Log,
	}
}

// Given an error, pqErrMsg will try to return pq error details
// if it's a pq error.
// upstream internal/core/core.go:126
func pqErrMsg(err error) string {
	if err, ok := err.(*pq.Error); ok {
		if err.Detail != "" {
			return fmt.Sprintf("%s. %s", err, err.Detail)
		}
	}
	return err.Error()
}
