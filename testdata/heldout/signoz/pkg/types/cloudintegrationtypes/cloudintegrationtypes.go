// Package cloudintegrationtypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/cloudintegrationtypes (cloudintegration.go,
// integration_dashboard.go, installed_integration.go, service.go,
// cloudprovider.go, serviceid.go, account.go). Service configs are kept as
// opaque JSON strings.
package cloudintegrationtypes

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var (
	ErrCodeCloudIntegrationNotFound             = errors.MustNewCode("cloud_integration_not_found")
	ErrCodeCloudIntegrationAlreadyExists        = errors.MustNewCode("cloud_integration_already_exists")
	ErrCodeCloudIntegrationAlreadyConnected     = errors.MustNewCode("cloud_integration_already_connected")
	ErrCodeCloudIntegrationServiceNotFound      = errors.MustNewCode("cloud_integration_service_not_found")
	ErrCodeCloudIntegrationServiceAlreadyExists = errors.MustNewCode("cloud_integration_service_already_exists")
)

type CloudProviderType struct{ valuer.String }

var (
	CloudProviderTypeAWS   = CloudProviderType{valuer.NewString("aws")}
	CloudProviderTypeAzure = CloudProviderType{valuer.NewString("azure")}
)

type ServiceID struct{ valuer.String }

// StorableCloudIntegration reproduces cloudintegration.go:30 (table
// cloud_integration, the "account"; partial unique (account_id, provider,
// org_id) WHERE removed_at IS NULL, 069_update_cloud_integration_index.go:157-164).
type StorableCloudIntegration struct {
	bun.BaseModel `bun:"table:cloud_integration"`
	types.Identifiable
	types.TimeAuditable

	Provider        CloudProviderType `bun:"provider,type:text"`
	Config          string            `bun:"config,type:text"` // Config is provider-specific data in JSON string format
	AccountID       *string           `bun:"account_id,type:text"`
	LastAgentReport *string           `bun:"last_agent_report,type:text"`
	RemovedAt       *time.Time        `bun:"removed_at,type:timestamp,nullzero"`
	OrgID           valuer.UUID       `bun:"org_id,type:text"`
}

// Update reproduces cloudintegration.go:169.
func (account *StorableCloudIntegration) Update(providerAccountID *string, agentReport *string) {
	account.AccountID = providerAccountID
	if agentReport != nil {
		account.LastAgentReport = agentReport
	}
}

// StorableCloudIntegrationService reproduces cloudintegration.go:51 (table
// cloud_integration_service; unique (cloud_integration_id, type),
// 091_ci_remove_cascade_delete.go:110-114).
type StorableCloudIntegrationService struct {
	bun.BaseModel `bun:"table:cloud_integration_service,alias:cis"`
	types.Identifiable
	types.TimeAuditable

	Type               ServiceID   `bun:"type,type:text,notnull"` // Keeping Type field name as is, but it is a service id
	Config             string      `bun:"config,type:text"`       // Config is cloud provider's service specific data in JSON string format
	CloudIntegrationID valuer.UUID `bun:"cloud_integration_id,type:text"`
}

// CloudIntegrationService reproduces service.go:13 (Config is the JSON).
type CloudIntegrationService struct {
	types.Identifiable
	types.TimeAuditable
	Type               ServiceID   `json:"type"`
	Config             string      `json:"config"`
	MetricsEnabled     bool        `json:"-"`
	CloudIntegrationID valuer.UUID `json:"cloudIntegrationId"`
}

// NewCloudIntegrationService reproduces service.go:132: a fresh id.
func NewCloudIntegrationService(serviceID ServiceID, cloudIntegrationID valuer.UUID, provider CloudProviderType, config string) (*CloudIntegrationService, error) {
	return &CloudIntegrationService{
		Identifiable: types.Identifiable{
			ID: valuer.GenerateUUID(),
		},
		TimeAuditable: types.TimeAuditable{
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
		Type:               serviceID,
		Config:             config,
		CloudIntegrationID: cloudIntegrationID,
	}, nil
}

func (service *CloudIntegrationService) Update(provider CloudProviderType, serviceID ServiceID, config string) error {
	service.Config = config
	service.UpdatedAt = time.Now()
	return nil
}

// NewStorableCloudIntegrationService reproduces cloudintegration.go:159.
func NewStorableCloudIntegrationService(svc *CloudIntegrationService, configJSON string) *StorableCloudIntegrationService {
	return &StorableCloudIntegrationService{
		Identifiable:       svc.Identifiable,
		TimeAuditable:      svc.TimeAuditable,
		Type:               svc.Type,
		Config:             configJSON,
		CloudIntegrationID: svc.CloudIntegrationID,
	}
}

func NewCloudIntegrationServiceFromStorable(storable *StorableCloudIntegrationService, config string) *CloudIntegrationService {
	return &CloudIntegrationService{
		Identifiable:       storable.Identifiable,
		TimeAuditable:      storable.TimeAuditable,
		Type:               storable.Type,
		Config:             config,
		CloudIntegrationID: storable.CloudIntegrationID,
	}
}

type DashboardAsset struct {
	ID         string
	Definition dashboardtypes.PostableDashboardV2
}

type Assets struct {
	Dashboards []DashboardAsset
}

type ServiceDefinition struct {
	ID     string
	Assets Assets
}

// Service reproduces service.go:49 (trimmed).
type Service struct {
	Definition              *ServiceDefinition
	CloudIntegrationService *CloudIntegrationService
	Dashboards              []*StorableIntegrationDashboard
}

func NewService(provider CloudProviderType, definition *ServiceDefinition, service *CloudIntegrationService, dashboards []*StorableIntegrationDashboard) *Service {
	return &Service{Definition: definition, CloudIntegrationService: service, Dashboards: dashboards}
}

type IntegrationDashboardProviderType struct{ valuer.String }

var (
	IntegrationDashboardProviderCloudIntegration     = IntegrationDashboardProviderType{valuer.NewString("cloud_integration")}
	IntegrationDashboardInstalledIntegrationProvider = IntegrationDashboardProviderType{valuer.NewString("installed_integration")}
)

// StorableIntegrationDashboard reproduces integration_dashboard.go:18 (table
// integration_dashboard; unique only on dashboard_id,
// 084_add_integration_dashboard.go:59-64: nothing makes (provider, slug)
// unique per org).
type StorableIntegrationDashboard struct {
	bun.BaseModel `bun:"table:integration_dashboard"`

	ID          string                           `json:"id" bun:"id,pk,type:text" required:"true"`
	DashboardID string                           `json:"dashboardId" bun:"dashboard_id,type:text" required:"true"`
	Provider    IntegrationDashboardProviderType `json:"provider" bun:"provider,type:text" required:"true"`
	Slug        string                           `json:"slug" bun:"slug,type:text" required:"true"`
	CreatedAt   time.Time                        `json:"createdAt" bun:"created_at" required:"true"`
	UpdatedAt   time.Time                        `json:"updatedAt" bun:"updated_at" required:"true"`
}

// NewStorableIntegrationDashboard reproduces integration_dashboard.go:31.
func NewStorableIntegrationDashboard(dashboardID string, provider IntegrationDashboardProviderType, slug string) *StorableIntegrationDashboard {
	now := time.Now()
	return &StorableIntegrationDashboard{
		ID:          valuer.GenerateUUID().StringValue(),
		DashboardID: dashboardID,
		Provider:    provider,
		Slug:        slug,
		CreatedAt:   now,
		UpdatedAt:   now,
	}
}

// CloudIntegrationDashboardSlug reproduces integration_dashboard.go:43: the
// slug has no account in it, so every account of an org enabling the same
// service maps to the same slug.
func CloudIntegrationDashboardSlug(provider CloudProviderType, serviceID ServiceID, dashName string) string {
	return fmt.Sprintf("%s-%s-%s", provider.StringValue(), serviceID.StringValue(), dashName)
}

func InstalledIntegrationDashboardSlug(integrationID, dashboardName string) string {
	return fmt.Sprintf("%s-%s", integrationID, dashboardName)
}

// InstalledIntegration reproduces installed_integration.go:17 (unique
// (type, org_id) through unique:org_id_type, 026_update_integrations.go:51-54).
type InstalledIntegration struct {
	bun.BaseModel `bun:"table:installed_integration"`

	types.Identifiable
	Type        string         `json:"type" bun:"type,type:text,unique:org_id_type"`
	Config      map[string]any `json:"config" bun:"config,type:text"`
	InstalledAt time.Time      `json:"installed_at" bun:"installed_at,default:current_timestamp"`
	OrgID       string         `json:"org_id" bun:"org_id,type:text,unique:org_id_type,references:organizations(id),on_delete:cascade"`
}

// Store reproduces the cloudintegrationtypes Store interface (trimmed).
type Store interface {
	GetAccountByID(ctx context.Context, orgID, id valuer.UUID, provider CloudProviderType) (*StorableCloudIntegration, error)
	GetConnectedAccount(ctx context.Context, orgID, id valuer.UUID, provider CloudProviderType) (*StorableCloudIntegration, error)
	GetConnectedAccountByProviderAccountID(ctx context.Context, orgID valuer.UUID, providerAccountID string, provider CloudProviderType) (*StorableCloudIntegration, error)
	UpdateAccount(ctx context.Context, account *StorableCloudIntegration) error
	GetServiceByServiceID(ctx context.Context, cloudIntegrationID valuer.UUID, serviceID ServiceID) (*StorableCloudIntegrationService, error)
	CreateService(ctx context.Context, service *StorableCloudIntegrationService) error
	UpdateService(ctx context.Context, service *StorableCloudIntegrationService) error
	CreateIntegrationDashboard(ctx context.Context, integrationDashboard *StorableIntegrationDashboard) error
	GetIntegrationDashboardBySlug(ctx context.Context, orgID valuer.UUID, provider IntegrationDashboardProviderType, slug string) (*StorableIntegrationDashboard, error)
	RunInTx(ctx context.Context, cb func(ctx context.Context) error) error
}
