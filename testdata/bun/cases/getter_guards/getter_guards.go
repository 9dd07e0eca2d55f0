// Getters that answer from their arguments before they look: a guard
// that reads configuration (gotosocial's GetDomainBlock), and one whose
// condition counts calls, which is not a guard.
package getter_guards

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"
)

// ErrNoEntries is sql.ErrNoRows under the store's name.
var ErrNoEntries = sql.ErrNoRows

var host = "example.org"

// Host is the instance's own domain.
func Host() string { return host }

type DomainBlock struct {
	bun.BaseModel `bun:"table:domain_blocks"`
	ID            int64  `bun:"id,pk,autoincrement"`
	Domain        string `bun:"domain,unique"`
	Comment       string `bun:"comment"`
}

type Store struct {
	db    *bun.DB
	calls int
}

// GetDomainBlock answers "none" for the instance's own domain without
// looking.
func (s *Store) GetDomainBlock(ctx context.Context, domain string) (*DomainBlock, error) {
	if domain == "" || domain == Host() {
		return nil, ErrNoEntries
	}
	var b DomainBlock
	q := s.db.NewSelect().Model(&b).Where("? = ?", bun.Ident("domain"), domain)
	if err := q.Scan(ctx); err != nil {
		return nil, err
	}
	return &b, nil
}

// PutDomainBlock inserts the block.
func (s *Store) PutDomainBlock(ctx context.Context, b *DomainBlock) error {
	_, err := s.db.NewInsert().Model(b).Exec(ctx)
	return err
}

// CreateDomainBlock blocks the domain, once.
func (s *Store) CreateDomainBlock(ctx context.Context, domain, comment string) (*DomainBlock, error) {
	b, err := s.GetDomainBlock(ctx, domain)
	if err != nil && !errors.Is(err, ErrNoEntries) {
		return nil, err
	}
	if b == nil {
		b = &DomainBlock{Domain: domain, Comment: comment}
		if err := s.PutDomainBlock(ctx, b); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// next counts the lookups: a guard on it would answer differently when
// run again.
func (s *Store) next() int {
	s.calls++
	return s.calls
}

// getLimited refuses every hundredth lookup: its guard writes.
func (s *Store) getLimited(ctx context.Context, domain string) (*DomainBlock, error) {
	if s.next()%100 == 0 {
		return nil, ErrNoEntries
	}
	var b DomainBlock
	if err := s.db.NewSelect().Model(&b).Where("domain = ?", domain).Scan(ctx); err != nil {
		return nil, err
	}
	return &b, nil
}

// CreateLimited looks up through getLimited (not summarized: no finding).
func (s *Store) CreateLimited(ctx context.Context, domain string) error {
	b, err := s.getLimited(ctx, domain)
	if err != nil && !errors.Is(err, ErrNoEntries) {
		return err
	}
	if b == nil {
		return s.PutDomainBlock(ctx, &DomainBlock{Domain: domain})
	}
	return nil
}
