// Package resolvers is api/graphql/resolvers (gqlgen resolvers; the HTTP
// endpoint is POST /api/graphql, api/server.go:92).
package resolvers

import (
	"context"

	"gorm.io/gorm"
)

// Resolver is api/graphql/resolvers/resolver.go:11.
type Resolver struct {
	database *gorm.DB
}

// NewRootResolver is api/graphql/resolvers/resolver.go:15.
func NewRootResolver(db *gorm.DB) Resolver {
	return Resolver{
		database: db,
	}
}

// DB is api/graphql/resolvers/resolver.go:22.
// DB returns a database instance that is tied to the given context
func (r *Resolver) DB(ctx context.Context) *gorm.DB {
	return r.database.WithContext(ctx)
}

// Mutation returns the mutation resolver (gqlgen root.go).
func (r *Resolver) Mutation() *mutationResolver { return &mutationResolver{r} }

// Query returns the query resolver (gqlgen root.go).
func (r *Resolver) Query() *queryResolver { return &queryResolver{r} }

type mutationResolver struct{ *Resolver }
type queryResolver struct{ *Resolver }
