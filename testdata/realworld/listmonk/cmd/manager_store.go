package main

import (
	"example.com/realworld/listmonk/internal/core"
	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/uuid"
)

// store implements DataSource over the primary
// database.
// upstream cmd/manager_store.go:14
type store struct {
	queries *models.Queries
	core    *core.Core
}

func newManagerStore(q *models.Queries, c *core.Core) *store {
	return &store{
		queries: q,
		core:    c,
	}
}

// CreateLink registers a URL with a UUID for tracking clicks and returns the UUID.
// upstream cmd/manager_store.go:132
func (s *store) CreateLink(url string) (string, error) {
	// Create a new UUID for the URL. If the URL already exists in the DB
	// the UUID in the database is returned.
	uu, err := uuid.NewV4()
	if err != nil {
		return "", err
	}

	var out string
	if err := s.queries.CreateLink.Get(&out, uu, url); err != nil {
		return "", err
	}

	return out, nil
}
