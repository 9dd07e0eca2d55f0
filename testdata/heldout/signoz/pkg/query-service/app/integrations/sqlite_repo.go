// Package integrations reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/query-service/app/integrations (sqlite_repo.go,
// repo.go, manager.go, controller.go): the built-in integrations (install /
// uninstall). model.ApiError is replaced by error.
package integrations

import (
	"context"
	"fmt"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

type InstalledIntegrationsSqliteRepo struct {
	store sqlstore.SQLStore
}

func NewInstalledIntegrationsSqliteRepo(store sqlstore.SQLStore) (
	*InstalledIntegrationsSqliteRepo, error,
) {
	return &InstalledIntegrationsSqliteRepo{
		store: store,
	}, nil
}

// get reproduces sqlite_repo.go:47.
func (r *InstalledIntegrationsSqliteRepo) get(
	ctx context.Context, orgId string, integrationTypes []string,
) (map[string]cloudintegrationtypes.InstalledIntegration, error) {
	integrations := []cloudintegrationtypes.InstalledIntegration{}

	typeValues := []interface{}{}
	for _, integrationType := range integrationTypes {
		typeValues = append(typeValues, integrationType)
	}

	err := r.store.BunDBCtx(ctx).NewSelect().Model(&integrations).
		Where("org_id = ?", orgId).
		Where("type IN (?)", bun.In(typeValues)).
		Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf(
			"could not query installed integrations: %w", err,
		)
	}

	result := map[string]cloudintegrationtypes.InstalledIntegration{}
	for _, ii := range integrations {
		result[ii.Type] = ii
	}

	return result, nil
}

// upsert reproduces sqlite_repo.go:75: INSERT ... ON CONFLICT (type, org_id)
// DO UPDATE. Inside InstallIntegration's transaction this takes (or waits
// for) the row lock of the (type, org_id) row until commit.
func (r *InstalledIntegrationsSqliteRepo) upsert(
	ctx context.Context,
	orgId string,
	integrationType string,
	config map[string]any,
) (*cloudintegrationtypes.InstalledIntegration, error) {

	integration := cloudintegrationtypes.InstalledIntegration{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		OrgID:  orgId,
		Type:   integrationType,
		Config: config,
	}

	_, dbErr := r.store.BunDBCtx(ctx).NewInsert().
		Model(&integration).
		On("conflict (type, org_id) DO UPDATE").
		Set("config = EXCLUDED.config").
		Exec(ctx)

	if dbErr != nil {
		return nil, fmt.Errorf(
			"could not insert record for integration installation: %w", dbErr,
		)
	}

	res, err := r.get(ctx, orgId, []string{integrationType})
	if err != nil || len(res) < 1 {
		return nil, fmt.Errorf("could not fetch installed integration: %w", err)
	}

	installed := res[integrationType]

	return &installed, nil
}

func (r *InstalledIntegrationsSqliteRepo) runInTx(ctx context.Context, fn func(ctx context.Context) error) error {
	return r.store.RunInTxCtx(ctx, nil, fn)
}

// createIntegrationDashboard reproduces sqlite_repo.go:138.
func (r *InstalledIntegrationsSqliteRepo) createIntegrationDashboard(
	ctx context.Context, row *cloudintegrationtypes.StorableIntegrationDashboard,
) error {
	_, err := r.store.BunDBCtx(ctx).NewInsert().Model(row).Exec(ctx)
	return err
}

// getIntegrationDashboardBySlug reproduces sqlite_repo.go:145.
func (r *InstalledIntegrationsSqliteRepo) getIntegrationDashboardBySlug(
	ctx context.Context, orgID string, slug string,
) (*cloudintegrationtypes.StorableIntegrationDashboard, error) {
	row := new(cloudintegrationtypes.StorableIntegrationDashboard)
	err := r.store.BunDBCtx(ctx).
		NewSelect().
		Model(row).
		Join("JOIN dashboard AS d ON storable_integration_dashboard.dashboard_id = d.id").
		Where("d.org_id = ?", orgID).
		Where("storable_integration_dashboard.provider = ?", cloudintegrationtypes.IntegrationDashboardInstalledIntegrationProvider).
		Where("storable_integration_dashboard.slug = ?", slug).
		Scan(ctx)
	if err != nil {
		return nil, r.store.WrapNotFoundErrf(err, errors.CodeNotFound, "integration dashboard with slug %s not found", slug)
	}
	return row, nil
}
