// Package cloudintegration reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/cloudintegration (cloudintegration.go).
package cloudintegration

import (
	"context"

	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type Credentials struct {
	SigNozAPIKey string
}

type Module interface {
	GetConnectionCredentials(ctx context.Context, orgID valuer.UUID, provider cloudintegrationtypes.CloudProviderType) (*Credentials, error)
	GetConnectedAccount(ctx context.Context, orgID valuer.UUID, accountID valuer.UUID, provider cloudintegrationtypes.CloudProviderType) (*cloudintegrationtypes.StorableCloudIntegration, error)
	GetService(ctx context.Context, orgID valuer.UUID, serviceID cloudintegrationtypes.ServiceID, provider cloudintegrationtypes.CloudProviderType, integrationID valuer.UUID) (*cloudintegrationtypes.Service, error)
	CreateService(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, service *cloudintegrationtypes.CloudIntegrationService, provider cloudintegrationtypes.CloudProviderType) error
	UpdateService(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, service *cloudintegrationtypes.CloudIntegrationService, provider cloudintegrationtypes.CloudProviderType) error
	AgentCheckIn(ctx context.Context, orgID valuer.UUID, provider cloudintegrationtypes.CloudProviderType, providerAccountID string, cloudIntegrationID valuer.UUID, data *string) error
}

// CloudProviderModule narrows the per-provider module to the service
// definition lookup (definitions are files shipped with SigNoz).
type CloudProviderModule interface {
	GetServiceDefinition(ctx context.Context, serviceID cloudintegrationtypes.ServiceID) (*cloudintegrationtypes.ServiceDefinition, error)
}
