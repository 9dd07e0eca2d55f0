// Package quickfiltertypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/quickfiltertypes (filter.go, store.go).
package quickfiltertypes

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

type Signal struct{ valuer.String }

var (
	SignalTraces = Signal{valuer.NewString("traces")}
	SignalLogs   = Signal{valuer.NewString("logs")}
)

// StorableQuickFilter reproduces filter.go:63 (table quick_filter; unique
// (org_id, signal) via unique:org_id_signal, 030_create_quick_filters.go:24-26).
type StorableQuickFilter struct {
	bun.BaseModel `bun:"table:quick_filter"`
	types.Identifiable
	OrgID  valuer.UUID `bun:"org_id,type:text,notnull"`
	Filter string      `bun:"filter,type:text,notnull"`
	Signal Signal      `bun:"signal,type:text,notnull"`
	types.TimeAuditable
}

// NewStorableQuickFilter reproduces filter.go:83 (validation trimmed): a fresh id.
func NewStorableQuickFilter(orgID valuer.UUID, signal Signal, filterJSON []byte) (*StorableQuickFilter, error) {
	if orgID.StringValue() == "" {
		return nil, errors.Newf(errors.TypeInvalidInput, errors.CodeInvalidInput, "orgID is required")
	}

	now := time.Now()
	return &StorableQuickFilter{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		OrgID:  orgID,
		Signal: signal,
		Filter: string(filterJSON),
		TimeAuditable: types.TimeAuditable{
			CreatedAt: now,
			UpdatedAt: now,
		},
	}, nil
}

// Update reproduces filter.go:113.
func (quickfilter *StorableQuickFilter) Update(filterJSON []byte) error {
	quickfilter.Filter = string(filterJSON)
	quickfilter.UpdatedAt = time.Now()
	return nil
}

// NewDefaultQuickFilter reproduces filter.go:145 (filter lists trimmed).
func NewDefaultQuickFilter(orgID valuer.UUID) ([]*StorableQuickFilter, error) {
	out := []*StorableQuickFilter{}
	for _, signal := range []Signal{SignalTraces, SignalLogs} {
		f, err := NewStorableQuickFilter(orgID, signal, []byte("[]"))
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// QuickFilterStore reproduces store.go:9.
type QuickFilterStore interface {
	// GetBySignal retrieves filters for a specific signal in an organization
	GetBySignal(ctx context.Context, orgID valuer.UUID, signal string) (*StorableQuickFilter, error)

	// Upsert inserts or updates filters for an organization and signal
	Upsert(ctx context.Context, filter *StorableQuickFilter) error
	Create(ctx context.Context, filter []*StorableQuickFilter) error
}
