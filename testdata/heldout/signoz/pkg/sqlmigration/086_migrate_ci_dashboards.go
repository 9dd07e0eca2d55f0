package sqlmigration

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"
)

// migrateCloudIntegrationDashboards reproduces 086_migrate_ci_dashboards.go:30
// (dashboard JSON loading from the embedded files and the metrics-enabled
// check trimmed).
type migrateCloudIntegrationDashboards struct {
	dashboardDefs map[string]map[string]map[string]string
}

type cloudIntegrationDashboardRow struct {
	bun.BaseModel `bun:"table:dashboard"`

	ID        string    `bun:"id,pk,type:text"`
	CreatedAt time.Time `bun:"created_at"`
	UpdatedAt time.Time `bun:"updated_at"`
	CreatedBy *string   `bun:"created_by,type:text"`
	UpdatedBy *string   `bun:"updated_by,type:text"`
	Data      string    `bun:"data,type:text"`
	Locked    bool      `bun:"locked"`
	OrgID     string    `bun:"org_id,type:text"`
	Source    string    `bun:"source,type:text"`
}

type cloudIntegrationOrgService struct {
	orgID     string
	provider  string
	serviceID string
}

type integrationDashboardRow struct {
	bun.BaseModel `bun:"table:integration_dashboard"`

	ID          string    `bun:"id,pk,type:text"`
	DashboardID string    `bun:"dashboard_id,type:text"`
	Provider    string    `bun:"provider,type:text"`
	Slug        string    `bun:"slug,type:text"`
	CreatedAt   time.Time `bun:"created_at"`
	UpdatedAt   time.Time `bun:"updated_at"`
}

type cloudIntegrationServiceRow struct {
	bun.BaseModel `bun:"table:cloud_integration_service"`

	Type               string `bun:"type"`
	CloudIntegrationID string `bun:"cloud_integration_id"`
}

type cloudIntegrationAccountRow struct {
	bun.BaseModel `bun:"table:cloud_integration"`

	ID       string `bun:"id"`
	OrgID    string `bun:"org_id"`
	Provider string `bun:"provider"`
}

func (m *migrateCloudIntegrationDashboards) Register(migrations *migrate.Migrations) error {
	return migrations.Register(m.Up, m.Down)
}

// Up reproduces 086_migrate_ci_dashboards.go:112 (count :179, inserts :204 and
// :216).
func (m *migrateCloudIntegrationDashboards) Up(ctx context.Context, db *bun.DB) error {
	dashboardDefs := m.dashboardDefs

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	var accounts []*cloudIntegrationAccountRow
	if err := tx.NewSelect().
		Model(&accounts).
		Where("removed_at IS NULL").
		Where("account_id IS NOT NULL").
		Scan(ctx); err != nil {
		return err
	}

	accountsMap := make(map[string]cloudIntegrationAccountRow, len(accounts))
	for _, a := range accounts {
		accountsMap[a.ID] = *a
	}

	var services []*cloudIntegrationServiceRow
	if err := tx.NewSelect().Model(&services).Scan(ctx); err != nil {
		return err
	}

	seen := make(map[string]struct{})
	var toProvision []cloudIntegrationOrgService

	for _, svc := range services {
		meta, ok := accountsMap[svc.CloudIntegrationID]
		if !ok {
			continue
		}

		key := fmt.Sprintf("%s|%s|%s", meta.OrgID, meta.Provider, svc.Type)
		if _, dup := seen[key]; dup {
			continue
		}
		seen[key] = struct{}{}
		toProvision = append(toProvision, cloudIntegrationOrgService{
			orgID:     meta.OrgID,
			provider:  meta.Provider,
			serviceID: svc.Type,
		})
	}

	now := time.Now()

	for _, service := range toProvision {
		serviceDashboards, ok := dashboardDefs[service.provider][service.serviceID]
		if !ok {
			continue
		}

		for dashName, dashboardJSON := range serviceDashboards {
			slug := fmt.Sprintf("%s-%s-%s", service.provider, service.serviceID, dashName)

			count, err := tx.NewSelect(). // safe: a migration, run by sqlmigrator.Migrate under bun/migrate's lock row in migration_lock (pkg/sqlmigrator/migrator.go:51) and marked applied once, so only one process ever runs it; the seen map dedups within the run
							TableExpr("integration_dashboard AS id").
							Join("JOIN dashboard AS d ON id.dashboard_id = d.id").
							Where("d.org_id = ?", service.orgID).
							Where("id.provider = ?", "cloud_integration").
							Where("id.slug = ?", slug).
							Count(ctx)
			if err != nil {
				return err
			}
			if count > 0 {
				continue
			}

			dashID := valuer.GenerateUUID().StringValue()

			dashRow := &cloudIntegrationDashboardRow{
				ID:        dashID,
				CreatedAt: now,
				UpdatedAt: now,
				Data:      dashboardJSON,
				Locked:    true,
				OrgID:     service.orgID,
				Source:    "integration",
			}
			if _, err := tx.NewInsert().Model(dashRow).Exec(ctx); err != nil {
				return err
			}

			intRow := &integrationDashboardRow{
				ID:          valuer.GenerateUUID().StringValue(),
				DashboardID: dashID,
				Provider:    "cloud_integration",
				Slug:        slug,
				CreatedAt:   now,
				UpdatedAt:   now,
			}
			if _, err := tx.NewInsert().Model(intRow).Exec(ctx); err != nil {
				return err
			}
		}
	}

	return tx.Commit()
}

func (m *migrateCloudIntegrationDashboards) Down(context.Context, *bun.DB) error {
	return nil
}
