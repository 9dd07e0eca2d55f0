package implorganization

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/organization"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
)

type getter struct {
	store types.OrganizationStore
}

func NewGetter(store types.OrganizationStore) organization.Getter {
	return &getter{store: store}
}

func (module *getter) Get(ctx context.Context, id valuer.UUID) (*types.Organization, error) {
	return module.store.Get(ctx, id)
}

// GetByIDOrName reproduces getter.go:26.
func (module *getter) GetByIDOrName(ctx context.Context, id valuer.UUID, name string) (*types.Organization, bool, error) {
	if id.IsZero() {
		org, err := module.store.GetByName(ctx, name)
		if err != nil {
			return nil, false, err
		}

		return org, true, nil
	}

	org, err := module.store.Get(ctx, id)
	if err == nil {
		return org, false, nil
	}

	if !errors.Ast(err, errors.TypeNotFound) {
		return nil, false, err
	}

	org, err = module.store.GetByName(ctx, name)
	if err != nil {
		return nil, false, err
	}

	return org, true, nil
}
