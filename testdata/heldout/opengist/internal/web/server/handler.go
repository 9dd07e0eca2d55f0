// Package server reproduces internal/web/server of opengist (router and
// middlewares), reduced to the routes of the catalogued sites.
package server

import (
	"example.com/heldout/opengist/internal/web/context"
)

// Handler reproduces internal/web/server/handler.go:8.
type Handler func(ctx *context.Context) error

// Middleware reproduces internal/web/server/handler.go:9.
type Middleware func(next Handler) Handler
