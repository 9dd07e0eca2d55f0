package implorganization

import (
	"context"

	"example.com/heldout/signoz/pkg/modules/organization"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
)

// alertmanagerDefaultConfigSetter and quickfilterDefaultConfigSetter narrow
// the alertmanager.Alertmanager and quickfilter.Module dependencies of the
// upstream setter to the one method it calls.
type alertmanagerDefaultConfigSetter interface {
	SetDefaultConfig(ctx context.Context, orgID string) error
}

type quickfilterDefaultConfigSetter interface {
	SetDefaultConfig(ctx context.Context, orgID valuer.UUID) error
}

type setter struct {
	store        types.OrganizationStore
	alertmanager alertmanagerDefaultConfigSetter
	quickfilter  quickfilterDefaultConfigSetter
}

func NewSetter(store types.OrganizationStore, alertmanager alertmanagerDefaultConfigSetter, quickfilter quickfilterDefaultConfigSetter) organization.Setter {
	return &setter{store: store, alertmanager: alertmanager, quickfilter: quickfilter}
}

// Create reproduces setter.go:23.
func (module *setter) Create(ctx context.Context, organization *types.Organization, createManagedRoles func(context.Context, valuer.UUID) error) error {
	if err := module.store.Create(ctx, organization); err != nil {
		return err
	}

	if err := module.alertmanager.SetDefaultConfig(ctx, organization.ID.StringValue()); err != nil {
		return err
	}

	if err := module.quickfilter.SetDefaultConfig(ctx, organization.ID); err != nil {
		return err
	}

	if err := createManagedRoles(ctx, organization.ID); err != nil {
		return err
	}

	return nil
}
