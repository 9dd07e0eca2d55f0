package integrations

import (
	"context"
	"fmt"
	"strings"

	"example.com/heldout/signoz/pkg/modules/dashboard"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// InstalledIntegrationsRepo reproduces repo.go (trimmed).
type InstalledIntegrationsRepo interface {
	upsert(ctx context.Context, orgId string, integrationType string, config map[string]any) (*cloudintegrationtypes.InstalledIntegration, error)
	runInTx(ctx context.Context, fn func(ctx context.Context) error) error
	createIntegrationDashboard(ctx context.Context, row *cloudintegrationtypes.StorableIntegrationDashboard) error
	getIntegrationDashboardBySlug(ctx context.Context, orgID string, slug string) (*cloudintegrationtypes.StorableIntegrationDashboard, error)
}

type IntegrationDashboard struct {
	ID         string
	Definition dashboardtypes.PostableDashboardV2
}

// IntegrationDetails stands for the built-in integration definition (files
// shipped with SigNoz; availableIntegrationsRepo is trimmed).
type IntegrationDetails struct {
	Assets struct {
		Dashboards []IntegrationDashboard
	}
}

type Manager struct {
	installedIntegrationsRepo InstalledIntegrationsRepo
	dashboardModule           dashboard.Module
	available                 map[string]*IntegrationDetails
}

func NewManager(store sqlstore.SQLStore, dashboardModule dashboard.Module, available map[string]*IntegrationDetails) (*Manager, error) {
	iiRepo, err := NewInstalledIntegrationsSqliteRepo(store)
	if err != nil {
		return nil, err
	}

	return &Manager{installedIntegrationsRepo: iiRepo, dashboardModule: dashboardModule, available: available}, nil
}

// InstallIntegration reproduces manager.go:235 (upsert :254, then
// provisionDashboards :259 in the same transaction).
func (m *Manager) InstallIntegration(
	ctx context.Context,
	orgId string,
	integrationId string,
	config map[string]any,
	createdBy string,
	creator valuer.UUID,
) error {
	integrationDetails, ok := m.available[integrationId]
	if !ok {
		return fmt.Errorf("integration %s not found", integrationId)
	}

	orgUUID, err := valuer.NewUUID(orgId)
	if err != nil {
		return fmt.Errorf("invalid org id: %w", err)
	}

	err = m.installedIntegrationsRepo.runInTx(ctx, func(ctx context.Context) error {
		_, err := m.installedIntegrationsRepo.upsert(ctx, orgId, integrationId, config)
		if err != nil {
			return fmt.Errorf("could not insert installed integration: %w", err)
		}

		return m.provisionDashboards(ctx, orgUUID, createdBy, creator, integrationId, integrationDetails)
	})
	if err != nil {
		return fmt.Errorf("could not install integration: %w", err)
	}

	return nil
}

// provisionDashboards reproduces manager.go:419 (lookup :434, create :439 and
// :445).
func (m *Manager) provisionDashboards(
	ctx context.Context,
	orgID valuer.UUID,
	createdBy string,
	creator valuer.UUID,
	integrationID string,
	integration *IntegrationDetails,
) error {
	bareIntegrationID := strings.TrimPrefix(integrationID, "builtin-")
	for _, dd := range integration.Assets.Dashboards {
		if dd.ID == "" {
			continue
		}
		slug := cloudintegrationtypes.InstalledIntegrationDashboardSlug(bareIntegrationID, dd.ID)

		existing, err := m.installedIntegrationsRepo.getIntegrationDashboardBySlug(ctx, orgID.StringValue(), slug) // safe: runs in InstallIntegration's transaction after the upsert of installed_integration (type, org_id) (unique:org_id_type, 026_update_integrations.go:51-54), whose row lock is held to commit, so two installs of one integration in one org are serialized (the second sees the first's committed rows; SQLite BEGIN IMMEDIATE serializes anyway); the slug is per integration, so no other path shares it
		if err == nil && existing != nil {
			continue
		}

		createdDashboard, err := m.dashboardModule.CreateV2(ctx, orgID, createdBy, creator, dashboardtypes.SourceIntegration, dd.Definition)
		if err != nil {
			return fmt.Errorf("could not create dashboard for slug %s: %w", slug, err)
		}

		row := cloudintegrationtypes.NewStorableIntegrationDashboard(createdDashboard.ID.StringValue(), cloudintegrationtypes.IntegrationDashboardInstalledIntegrationProvider, slug)
		if err := m.installedIntegrationsRepo.createIntegrationDashboard(ctx, row); err != nil {
			return fmt.Errorf("could not create integration_dashboard row for slug %s: %w", slug, err)
		}
	}
	return nil
}
