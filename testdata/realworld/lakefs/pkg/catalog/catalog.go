// Package catalog reproduces lakeFS pkg/catalog/catalog.go
// (UpdateRepositoryMetadata only), the API's entry to R2.
package catalog

import (
	"context"
	"maps"

	"example.com/realworld/lakefs/pkg/graveler"
)

// Store is the subset of graveler.VersionController used here.
type Store interface {
	SetRepositoryMetadata(ctx context.Context, repository *graveler.RepositoryRecord, updateFunc graveler.RepoMetadataUpdateFunc) error
}

type Catalog struct {
	Store Store
	repos map[string]*graveler.RepositoryRecord
}

// getRepository is reduced: upstream reads the repository record through the RefManager cache.
func (c *Catalog) getRepository(_ context.Context, repository string) (*graveler.RepositoryRecord, error) {
	r, ok := c.repos[repository]
	if !ok {
		return nil, graveler.ErrRepositoryNotFound
	}
	return r, nil
}

// UpdateRepositoryMetadata set repository metadata
func (c *Catalog) UpdateRepositoryMetadata(ctx context.Context, repository string, metadata graveler.RepositoryMetadata) error {
	if len(metadata) == 0 {
		return nil
	}
	r, err := c.getRepository(ctx, repository)
	if err != nil {
		return err
	}
	return c.Store.SetRepositoryMetadata(ctx, r, func(md graveler.RepositoryMetadata) (graveler.RepositoryMetadata, error) {
		if md == nil {
			return metadata, nil
		}
		maps.Copy(md, metadata)
		return md, nil
	})
}
