package implpreference

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types/preferencetypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type module struct {
	store     preferencetypes.Store
	available map[preferencetypes.Name]preferencetypes.Preference
}

func NewModule(store preferencetypes.Store, available map[preferencetypes.Name]preferencetypes.Preference) *module {
	return &module{
		store:     store,
		available: available,
	}
}

// UpdateByOrg reproduces module.go:86 (lookup :102, upsert :121).
func (module *module) UpdateByOrg(ctx context.Context, orgID valuer.UUID, name preferencetypes.Name, input any) error {
	preference, err := preferencetypes.NewPreference(name, preferencetypes.ScopeOrg, module.available)
	if err != nil {
		return err
	}

	value, err := preferencetypes.NewValue(input, preference.ValueType)
	if err != nil {
		return err
	}

	err = preference.UpdateValue(value)
	if err != nil {
		return err
	}

	// not found -> a row with a fresh id; ON CONFLICT (id) never fires for it,
	// so two first writes of a preference both insert and the second breaks
	// the unique (name, org_id) (056_update_org_preference.go:116).
	storableOrgPreference, err := module.store.GetByOrg(ctx, orgID, name) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return err
		}
	}

	if storableOrgPreference == nil {
		storableOrgPreference, err = preferencetypes.NewStorableOrgPreference(preference, value, orgID)
		if err != nil {
			return err
		}
	} else {
		err = storableOrgPreference.UpdateValue(value)
		if err != nil {
			return err
		}
	}

	err = module.store.UpsertByOrg(ctx, storableOrgPreference)
	if err != nil {
		return err
	}

	return nil
}

// UpdateByUser reproduces module.go:192 (lookup :208, upsert :227).
func (module *module) UpdateByUser(ctx context.Context, userID valuer.UUID, name preferencetypes.Name, input any) error {
	preference, err := preferencetypes.NewPreference(name, preferencetypes.ScopeUser, module.available)
	if err != nil {
		return err
	}

	value, err := preferencetypes.NewValue(input, preference.ValueType)
	if err != nil {
		return err
	}

	err = preference.UpdateValue(value)
	if err != nil {
		return err
	}

	// same as UpdateByOrg; the key is unique (name, user_id)
	// (055_update_user_preference.go:116).
	storableUserPreference, err := module.store.GetByUser(ctx, userID, name) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return err
		}
	}

	if storableUserPreference == nil {
		storableUserPreference, err = preferencetypes.NewStorableUserPreference(preference, value, userID)
		if err != nil {
			return err
		}
	} else {
		err = storableUserPreference.UpdateValue(value)
		if err != nil {
			return err
		}
	}

	err = module.store.UpsertByUser(ctx, storableUserPreference)
	if err != nil {
		return err
	}

	return nil
}
