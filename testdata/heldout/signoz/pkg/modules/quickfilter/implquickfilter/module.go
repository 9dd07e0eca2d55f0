package implquickfilter

import (
	"context"
	"encoding/json"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types/quickfiltertypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type module struct {
	store quickfiltertypes.QuickFilterStore
}

func NewModule(store quickfiltertypes.QuickFilterStore) *module {
	return &module{store: store}
}

// UpdateQuickFilters reproduces module.go:66 (lookup :81, upsert :102;
// attribute key validation trimmed). Called by handler.UpdateQuickFilters
// (PUT /api/v1/orgs/me/filters).
// UpdateQuickFilters updates quick filters for a specific signal in an organization.
func (module *module) UpdateQuickFilters(ctx context.Context, orgID valuer.UUID, signal quickfiltertypes.Signal, filters []map[string]any) error {
	// Marshal filters to JSON
	filterJSON, err := json.Marshal(filters)
	if err != nil {
		return errors.Wrapf(err, errors.TypeInternal, errors.CodeInternal, "error marshalling filters")
	}

	// Check if filter exists
	existingFilter, err := module.store.GetBySignal(ctx, orgID, signal.StringValue()) // safe: not found is returned as an error just below, so the create branch (fresh id, ON CONFLICT (id)) is unreachable; the lookup only guards an update of the row SetDefaultConfig created with the org
	if err != nil {
		return errors.Wrapf(err, errors.TypeInternal, errors.CodeInternal, "error checking existing filters")
	}

	var filter *quickfiltertypes.StorableQuickFilter
	if existingFilter != nil {
		// Update in place
		if err := existingFilter.Update(filterJSON); err != nil {
			return errors.Wrapf(err, errors.TypeInvalidInput, errors.CodeInvalidInput, "error updating existing filter")
		}
		filter = existingFilter
	} else {
		// Create new
		filter, err = quickfiltertypes.NewStorableQuickFilter(orgID, signal, filterJSON)
		if err != nil {
			return errors.Wrapf(err, errors.TypeInvalidInput, errors.CodeInvalidInput, "error creating new filter")
		}
	}

	// Persist filter
	if err := module.store.Upsert(ctx, filter); err != nil {
		return err
	}

	return nil
}

// SetDefaultConfig reproduces module.go:109 (called by the organization
// setter when an org is created): INSERT ... ON CONFLICT (org_id, signal) DO NOTHING.
func (module *module) SetDefaultConfig(ctx context.Context, orgID valuer.UUID) error {
	storableQuickFilters, err := quickfiltertypes.NewDefaultQuickFilter(orgID)
	if err != nil {
		return err
	}

	return module.store.Create(ctx, storableQuickFilters)
}
