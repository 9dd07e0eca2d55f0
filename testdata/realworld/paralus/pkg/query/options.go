// Package query is a reduced copy of pkg/query.
package query

import (
	"errors"

	"github.com/uptrace/bun"

	commonv3 "example.com/realworld/paralus/proto/types"
)

// ErrNoNameOrID is pkg/query/options.go.
var ErrNoNameOrID = errors.New("name or id is required")

const (
	nameWithAliasQ = "?TableAlias.name = ?"
	idWithAliasQ   = "?TableAlias.id = ?"
)

// Option is pkg/query/options.go.
type Option func(opts *commonv3.QueryOptions)

// WithMeta is pkg/query/options.go.
func WithMeta(m *commonv3.Metadata) Option {
	return func(opts *commonv3.QueryOptions) {
		opts.Name = m.Name
		opts.ID = m.Id
		opts.Partner = m.Partner
		opts.Organization = m.Organization
		opts.Project = m.Project
	}
}

// WithOptions is pkg/query/options.go.
func WithOptions(o *commonv3.QueryOptions) Option {
	return func(opts *commonv3.QueryOptions) { *opts = *o }
}

// setRequestMeta is pkg/query/options.go (reduced: partner and
// organization ids given directly).
func setRequestMeta(q *bun.SelectQuery, opts *commonv3.QueryOptions) (*bun.SelectQuery, error) {
	if opts.Partner != "" {
		q = q.Where("?TableAlias.partner_id = ?", opts.Partner)
	}
	if opts.Organization != "" {
		q = q.Where("?TableAlias.organization_id = ?", opts.Organization)
	}
	return q, nil
}

// Get is pkg/query/options.go:274.
func Get(q *bun.SelectQuery, opts *commonv3.QueryOptions) (*bun.SelectQuery, error) {

	var err error
	if !opts.GlobalScope {
		q, err = setRequestMeta(q, opts)
	}

	if err != nil {
		return nil, err
	}

	if opts.Name == "" && opts.ID == "" {
		return nil, ErrNoNameOrID
	}

	if opts.Name != "" {
		q = q.Where(nameWithAliasQ, opts.Name)
	} else if opts.ID != "" {
		q = q.Where(idWithAliasQ, opts.ID)
	}

	return q, nil
}
