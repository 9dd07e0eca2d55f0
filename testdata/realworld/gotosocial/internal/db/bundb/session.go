package bundb

import (
	"context"
	"crypto/rand"
	"io"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
)

// sessionDB is internal/db/bundb/session.go:30.
type sessionDB struct {
	db *bun.DB
}

// GetSession is internal/db/bundb/session.go:34, called once at startup
// (cmd/gotosocial/action/server/server.go:486) to build the router's
// session middleware.
func (s *sessionDB) GetSession(ctx context.Context) (*gtsmodel.RouterSession, error) {
	rss := make([]*gtsmodel.RouterSession, 0, 1)

	// get the first router session in the db or...
	if err := s.db. // safe: single-threaded startup path (server.go:486 runs it once before serving)
			NewSelect().
			Model(&rss).
			Limit(1).
			Order("router_session.id DESC").
			Scan(ctx); err != nil {
		return nil, err
	}

	// ... create a new one
	if len(rss) == 0 {
		return s.createSession(ctx)
	}

	return rss[0], nil
}

// createSession is internal/db/bundb/session.go:55.
func (s *sessionDB) createSession(ctx context.Context) (*gtsmodel.RouterSession, error) {
	buf := make([]byte, 64)
	auth := buf[:32]
	crypt := buf[32:64]

	if _, err := io.ReadFull(rand.Reader, buf); err != nil {
		return nil, err
	}

	rs := &gtsmodel.RouterSession{
		ID:    id.NewULID(),
		Auth:  auth,
		Crypt: crypt,
	}

	if _, err := s.db.
		NewInsert().
		Model(rs).
		Exec(ctx); err != nil {
		return nil, err
	}

	return rs, nil
}
