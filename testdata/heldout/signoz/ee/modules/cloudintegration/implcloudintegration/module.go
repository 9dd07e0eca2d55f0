// Package implcloudintegration reproduces, trimmed,
// github.com/SigNoz/signoz/ee/modules/cloudintegration/implcloudintegration/module.go
// (licensing checks, zeus/gateway calls and agent config building trimmed).
package implcloudintegration

import (
	"context"
	"fmt"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/cloudintegration"
	"example.com/heldout/signoz/pkg/modules/dashboard"
	"example.com/heldout/signoz/pkg/modules/serviceaccount"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/types/serviceaccounttypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type module struct {
	store             cloudintegrationtypes.Store
	dashboardModule   dashboard.Module
	serviceAccount    serviceaccount.Module
	cloudProvidersMap map[cloudintegrationtypes.CloudProviderType]cloudintegration.CloudProviderModule
}

func NewModule(
	store cloudintegrationtypes.Store,
	dashboardModule dashboard.Module,
	serviceAccount serviceaccount.Module,
	cloudProvidersMap map[cloudintegrationtypes.CloudProviderType]cloudintegration.CloudProviderModule,
) (cloudintegration.Module, error) {
	return &module{
		store:             store,
		dashboardModule:   dashboardModule,
		serviceAccount:    serviceAccount,
		cloudProvidersMap: cloudProvidersMap,
	}, nil
}

// GetConnectionCredentials reproduces module.go:62 (getOrCreateAPIKey :83).
func (module *module) GetConnectionCredentials(ctx context.Context, orgID valuer.UUID, provider cloudintegrationtypes.CloudProviderType) (*cloudintegration.Credentials, error) {
	// ignore error
	apiKey, _ := module.getOrCreateAPIKey(ctx, orgID, provider)

	return &cloudintegration.Credentials{SigNozAPIKey: apiKey}, nil
}

// GetConnectedAccount reproduces module.go:139.
func (module *module) GetConnectedAccount(ctx context.Context, orgID, accountID valuer.UUID, provider cloudintegrationtypes.CloudProviderType) (*cloudintegrationtypes.StorableCloudIntegration, error) {
	return module.store.GetConnectedAccount(ctx, orgID, accountID, provider)
}

// AgentCheckIn reproduces module.go:168 (lookup :174, update :205).
func (module *module) AgentCheckIn(ctx context.Context, orgID valuer.UUID, provider cloudintegrationtypes.CloudProviderType, providerAccountID string, cloudIntegrationID valuer.UUID, data *string) error {
	connectedAccount, err := module.store.GetConnectedAccountByProviderAccountID(ctx, orgID, providerAccountID, provider) // safe: the lookup guards an UPDATE of an existing account row (UpdateAccount), no row is inserted; a concurrent check-in of two integrations with one provider account can break the partial unique (account_id, provider, org_id) of 069_update_cloud_integration_index.go, but that is a rejected update, not a duplicate
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return err
	}

	// If a different integration is already connected to this provider account ID, reject the check-in.
	// Allow re-check-in from the same integration (e.g. agent restarting).
	if connectedAccount != nil && connectedAccount.ID != cloudIntegrationID {
		errMessage := fmt.Sprintf("provider account id %s is already connected to cloud integration id %s", providerAccountID, connectedAccount.ID)
		return errors.New(errors.TypeAlreadyExists, cloudintegrationtypes.ErrCodeCloudIntegrationAlreadyConnected, errMessage)
	}

	account, err := module.store.GetAccountByID(ctx, orgID, cloudIntegrationID, provider)
	if err != nil {
		return err
	}

	if account.RemovedAt != nil {
		return nil
	}

	// update account with cloud provider account id and agent report (heartbeat)
	account.Update(&providerAccountID, data)

	return module.store.UpdateAccount(ctx, account)
}

// GetService reproduces module.go:340 (lookup :362).
func (module *module) GetService(ctx context.Context, orgID valuer.UUID, serviceID cloudintegrationtypes.ServiceID, provider cloudintegrationtypes.CloudProviderType, cloudIntegrationID valuer.UUID) (*cloudintegrationtypes.Service, error) {
	cloudProvider, err := module.getCloudProvider(provider)
	if err != nil {
		return nil, err
	}

	serviceDefinition, err := cloudProvider.GetServiceDefinition(ctx, serviceID)
	if err != nil {
		return nil, err
	}

	if cloudIntegrationID.IsZero() {
		return cloudintegrationtypes.NewService(provider, serviceDefinition, nil, nil), nil
	}

	storedService, err := module.store.GetServiceByServiceID(ctx, cloudIntegrationID, serviceID)
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return nil, err
	}
	if storedService == nil {
		return cloudintegrationtypes.NewService(provider, serviceDefinition, nil, nil), nil
	}

	integrationService := cloudintegrationtypes.NewCloudIntegrationServiceFromStorable(storedService, storedService.Config)

	return cloudintegrationtypes.NewService(provider, serviceDefinition, integrationService, nil), nil
}

// CreateService reproduces module.go:386 (insert :411, then provisionDashboards
// :415 in the same transaction).
func (module *module) CreateService(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, service *cloudintegrationtypes.CloudIntegrationService, provider cloudintegrationtypes.CloudProviderType) error {
	cloudProvider, err := module.getCloudProvider(provider)
	if err != nil {
		return err
	}

	serviceDefinition, err := cloudProvider.GetServiceDefinition(ctx, service.Type)
	if err != nil {
		return err
	}

	metricsEnabled := service.MetricsEnabled
	storableService := cloudintegrationtypes.NewStorableCloudIntegrationService(service, service.Config)

	return module.store.RunInTx(ctx, func(ctx context.Context) error {
		if err := module.store.CreateService(ctx, storableService); err != nil {
			return err
		}
		if metricsEnabled {
			return module.provisionDashboards(ctx, orgID, createdBy, creator, provider, service, serviceDefinition)
		}
		return nil
	})
}

// UpdateService reproduces module.go:421 (update :446, provisionDashboards
// :451; deprovisioning trimmed).
func (module *module) UpdateService(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, integrationService *cloudintegrationtypes.CloudIntegrationService, provider cloudintegrationtypes.CloudProviderType) error {
	cloudProvider, err := module.getCloudProvider(provider)
	if err != nil {
		return err
	}

	serviceDefinition, err := cloudProvider.GetServiceDefinition(ctx, integrationService.Type)
	if err != nil {
		return err
	}

	metricsEnabled := integrationService.MetricsEnabled
	storableService := cloudintegrationtypes.NewStorableCloudIntegrationService(integrationService, integrationService.Config)

	return module.store.RunInTx(ctx, func(ctx context.Context) error {
		if err := module.store.UpdateService(ctx, storableService); err != nil {
			return err
		}

		if metricsEnabled {
			return module.provisionDashboards(ctx, orgID, createdBy, creator, provider, integrationService, serviceDefinition)
		}

		return nil
	})
}

func (module *module) getCloudProvider(provider cloudintegrationtypes.CloudProviderType) (cloudintegration.CloudProviderModule, error) {
	if cloudProviderModule, ok := module.cloudProvidersMap[provider]; ok {
		return cloudProviderModule, nil
	}

	return nil, errors.NewInvalidInputf(errors.CodeInvalidInput, "invalid cloud provider: %s", provider.StringValue())
}

// getOrCreateAPIKey reproduces module.go:515 (GetOrCreate :518, SetRoleByName
// :522, GetOrCreateFactorAPIKey :532).
func (module *module) getOrCreateAPIKey(ctx context.Context, orgID valuer.UUID, provider cloudintegrationtypes.CloudProviderType) (string, error) {
	domain := module.serviceAccount.Config().Email.Domain
	serviceAccount := serviceaccounttypes.NewServiceAccount("integration", domain, serviceaccounttypes.ServiceAccountStatusActive, orgID)
	serviceAccount, err := module.serviceAccount.GetOrCreate(ctx, orgID, serviceAccount)
	if err != nil {
		return "", err
	}
	_, err = module.serviceAccount.SetRoleByName(ctx, orgID, serviceAccount.ID, authtypes.SigNozViewerRoleName)
	if err != nil {
		return "", err
	}

	factorAPIKey, err := serviceAccount.NewFactorAPIKey(provider.StringValue(), 0)
	if err != nil {
		return "", err
	}

	factorAPIKey, err = module.serviceAccount.GetOrCreateFactorAPIKey(ctx, factorAPIKey)
	if err != nil {
		return "", err
	}
	return factorAPIKey.Key, nil
}

// provisionDashboards reproduces module.go:541 (lookup :546, create :554 and
// :560).
// provisionDashboards creates dashboard and integration_dashboard rows for each dashboard in the service definition.
// Must be called within a transaction (ctx carries the tx).
func (module *module) provisionDashboards(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, provider cloudintegrationtypes.CloudProviderType, service *cloudintegrationtypes.CloudIntegrationService, serviceDefinition *cloudintegrationtypes.ServiceDefinition) error {
	// TODO: DB calls are in for loop, can be optimized later.
	for _, dashboard := range serviceDefinition.Assets.Dashboards {
		slug := cloudintegrationtypes.CloudIntegrationDashboardSlug(provider, service.Type, dashboard.ID)

		// The slug is per org, provider and service, not per account. The
		// surrounding transaction only locks this account's
		// cloud_integration_service row, so two accounts of one org enabling the
		// same service at once (PostgreSQL, READ COMMITTED) both miss and both
		// create the dashboard and its integration_dashboard row; only
		// dashboard_id is unique (084_add_integration_dashboard.go:59-64). On
		// SQLite the default BEGIN IMMEDIATE serializes the two transactions.
		existing, err := module.store.GetIntegrationDashboardBySlug(ctx, orgID, cloudintegrationtypes.IntegrationDashboardProviderCloudIntegration, slug) // race; no unique key: integration_dashboard is unique only on dashboard_id (084_add_integration_dashboard.go:59-64), nothing on (provider, slug) or per org
		if err != nil && !errors.Ast(err, errors.TypeNotFound) {
			return err
		}
		if existing != nil {
			continue
		}

		createdDashboard, err := module.dashboardModule.CreateV2(ctx, orgID, createdBy, creator, dashboardtypes.SourceIntegration, dashboard.Definition)
		if err != nil {
			return err
		}

		integrationDashboard := cloudintegrationtypes.NewStorableIntegrationDashboard(createdDashboard.ID.StringValue(), cloudintegrationtypes.IntegrationDashboardProviderCloudIntegration, slug)
		if err := module.store.CreateIntegrationDashboard(ctx, integrationDashboard); err != nil {
			return err
		}
	}

	return nil
}
