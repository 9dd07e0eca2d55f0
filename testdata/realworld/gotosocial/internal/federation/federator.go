// Package federation is a reduced copy of internal/federation.
package federation

import (
	"context"
	"net/url"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/federation/dereferencing"
	"example.com/realworld/gotosocial/internal/gtsmodel"
)

// Transport stands in for internal/transport.Transport: the signed HTTP
// GET of a remote document. A 410 is reported with
// gtserror.WithStatusCode(err, http.StatusGone).
type Transport interface {
	Dereference(ctx context.Context, iri *url.URL) ([]byte, error)
	DereferenceInstance(ctx context.Context, iri *url.URL) (*gtsmodel.Instance, error)
}

// Federator is internal/federation/federator.go:38 (fields trimmed).
type Federator struct {
	db        db.DB
	transport Transport
	dereferencing.Dereferencer
}
