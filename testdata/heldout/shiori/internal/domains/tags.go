package domains

import (
	"context"

	"example.com/heldout/shiori/internal/model"
)

// tagsDomain reproduces internal/domains/tags.go:11.
type tagsDomain struct {
	deps model.Dependencies
}

// NewTagsDomain reproduces internal/domains/tags.go:15.
func NewTagsDomain(deps model.Dependencies) model.TagsDomain {
	return &tagsDomain{deps: deps}
}

// TagExists checks if a tag with the given ID exists
// Reproduces internal/domains/tags.go:80.
func (d *tagsDomain) TagExists(ctx context.Context, id int) (bool, error) {
	return d.deps.Database().TagExists(ctx, id)
}
