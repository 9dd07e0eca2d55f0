package bundb

import (
	"context"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/config"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// domainDB is internal/db/bundb/domain.go.
type domainDB struct {
	db    *bun.DB
	state *state.State
}

// PutDomainBlock is internal/db/bundb/domain.go:179 (punycode normalization
// trimmed).
func (d *domainDB) PutDomainBlock(ctx context.Context, block *gtsmodel.DomainBlock) error {
	// Attempt to store domain block in DB
	if _, err := d.db.NewInsert().
		Model(block).
		Exec(ctx); err != nil {
		return err
	}

	// Clear the domain block cache (for later reload)
	d.state.Caches.DB.DomainBlock.Clear()

	return nil
}

// GetDomainBlock is internal/db/bundb/domain.go:202 (punycode normalization
// trimmed).
func (d *domainDB) GetDomainBlock(ctx context.Context, domain string) (*gtsmodel.DomainBlock, error) {
	// Check for easy case, domain referencing *us*
	if domain == "" || domain == config.GetAccountDomain() ||
		domain == config.GetHost() {
		return nil, db.ErrNoEntries
	}

	var block gtsmodel.DomainBlock

	// Look for block matching domain in DB
	q := d.db.
		NewSelect().
		Model(&block).
		Where("? = ?", bun.Ident("domain_block.domain"), domain)
	if err := q.Scan(ctx); err != nil {
		return nil, err
	}

	return &block, nil
}

// instanceDB is internal/db/bundb/instance.go.
type instanceDB struct {
	db    *bun.DB
	state *state.State
}

// GetInstance is internal/db/bundb/instance.go:168 (punycode normalization
// trimmed).
func (i *instanceDB) GetInstance(ctx context.Context, domain string) (*gtsmodel.Instance, error) {
	return i.getInstance(
		ctx,
		"Domain",
		func(instance *gtsmodel.Instance) error {
			return i.db.NewSelect().
				Model(instance).
				Where("? = ?", bun.Ident("instance.domain"), domain).
				Scan(ctx)
		},
		domain,
	)
}

// getInstance is internal/db/bundb/instance.go:204 (rules and population
// trimmed).
func (i *instanceDB) getInstance(ctx context.Context, lookup string, dbQuery func(*gtsmodel.Instance) error, keyParts ...any) (*gtsmodel.Instance, error) {
	// Fetch instance from database cache with loader callback
	instance, err := i.state.Caches.DB.Instance.LoadOne(lookup, func() (*gtsmodel.Instance, error) {
		var instance gtsmodel.Instance

		// Not cached! Perform database query.
		if err := dbQuery(&instance); err != nil {
			return nil, err
		}

		return &instance, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	return instance, nil
}

// PutInstance is internal/db/bundb/instance.go:274 (punycode normalization
// trimmed).
func (i *instanceDB) PutInstance(ctx context.Context, instance *gtsmodel.Instance) error {
	// Store the new instance model in database, invalidating cache.
	return i.state.Caches.DB.Instance.Store(instance, func() error {
		_, err := i.db.NewInsert().Model(instance).Exec(ctx)
		return err
	})
}
