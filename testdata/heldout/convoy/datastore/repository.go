package datastore

import "context"

// Repository interfaces of datastore/repository.go, reduced to the methods the
// reproduced call chains use (signatures verbatim).

type EventDeliveryRepository interface {
	CountEventDeliveries(ctx context.Context, projectID string, endpointIDs []string, eventID string, status []EventDeliveryStatus, params SearchParams) (int64, error)
}

type EventRepository interface {
	CopyRows(ctx context.Context, projectID string, interval int) error
}

type ProjectRepository interface {
	FetchProjectByID(context.Context, string) (*Project, error)
}

type OrganisationRepository interface {
	CreateOrganisation(context.Context, *Organisation) error
	// FetchOrganisationByID retrieves an organisation by its ID
	FetchOrganisationByID(ctx context.Context, id string) (*Organisation, error)
}

type APIKeyRepository interface {
	// CreateAPIKey creates a new API key
	CreateAPIKey(ctx context.Context, apiKey *APIKey) error
	// GetAPIKeyByProjectID retrieves an API key by its project ID
	GetAPIKeyByProjectID(ctx context.Context, projectID string) (*APIKey, error)
	// RevokeAPIKeys revokes (soft deletes) multiple API keys
	RevokeAPIKeys(ctx context.Context, ids []string) error
}

type PortalLinkRepository interface {
	// CreatePortalLink creates a new portal link
	CreatePortalLink(ctx context.Context, projectId string, request *CreatePortalLinkRequest) (*PortalLink, error)
	// GetPortalLinkByOwnerID retrieves a portal link by owner ID
	GetPortalLinkByOwnerID(ctx context.Context, projectID, ownerID string) (*PortalLink, error)
}

type OrganisationInviteRepository interface {
	CountOrganisationInvites(ctx context.Context, orgID string, inviteStatus InviteStatus) (int64, error)
	CreateOrganisationInvite(ctx context.Context, iv *OrganisationInvite) error
	UpdateOrganisationInvite(ctx context.Context, iv *OrganisationInvite) error
	FetchOrganisationInviteByToken(ctx context.Context, token string) (*OrganisationInvite, error)
}

type OrganisationMemberRepository interface {
	CountOrganisationMembers(ctx context.Context, organisationID string) (int64, error)
	CreateOrganisationMember(ctx context.Context, member *OrganisationMember) error
}

type EndpointRepository interface {
	CreateEndpoint(ctx context.Context, endpoint *Endpoint, projectID string) error
	FindEndpointByID(ctx context.Context, id string, projectID string) (*Endpoint, error)
	FindEndpointByTargetURL(ctx context.Context, projectID string, targetURL string) (*Endpoint, error)
	DeleteEndpoint(ctx context.Context, endpoint *Endpoint, projectID string) error
}

type SubscriptionRepository interface {
	CreateSubscription(context.Context, string, *Subscription) error
	FindOrCreateDynamicSubscription(ctx context.Context, projectID string, subscription *Subscription) (*Subscription, error)
	UpdateSubscription(ctx context.Context, projectID string, subscription *Subscription) error
	FindSubscriptionByID(ctx context.Context, projectID, id string) (*Subscription, error)
	FindSubscriptionsByEndpointID(ctx context.Context, projectId string, endpointID string) ([]Subscription, error)
	CountEndpointSubscriptions(context.Context, string, string, string) (int64, error)
}

type SourceRepository interface {
	FindSourceByID(ctx context.Context, projectId string, id string) (*Source, error)
}

type FilterRepository interface {
	CreateFilter(ctx context.Context, filter *EventTypeFilter) error
	CreateFilters(ctx context.Context, filters []EventTypeFilter) error
	UpdateFilter(ctx context.Context, filter *EventTypeFilter) error
	FindFilterByID(ctx context.Context, filterID string) (*EventTypeFilter, error)
	FindFiltersBySubscriptionID(ctx context.Context, subscriptionID string) ([]EventTypeFilter, error)
	FindFilterBySubscriptionAndEventType(ctx context.Context, subscriptionID, eventType string) (*EventTypeFilter, error)
}

type JobRepository interface {
	CreateJob(ctx context.Context, job *Job) error
	MarkJobAsStarted(ctx context.Context, uid, projectID string) error
	MarkJobAsCompleted(ctx context.Context, uid, projectID string) error
	MarkJobAsFailed(ctx context.Context, uid, projectID string) error
	FetchRunningJobsByProjectId(ctx context.Context, projectID string) ([]Job, error)
}

type UserRepository interface {
	CreateUser(context.Context, *User) error
	CountUsers(ctx context.Context) (int64, error)
	FindUserByEmail(context.Context, string) (*User, error)
}

type ConfigurationRepository interface {
	CreateConfiguration(context.Context, *Configuration) error
	LoadConfiguration(context.Context) (*Configuration, error)
	UpdateConfiguration(context.Context, *Configuration) error
}

type MetaEventRepository interface {
	CreateMetaEvent(context.Context, *MetaEvent) error
}

type EventTypesRepository interface {
	CreateEventType(context.Context, *ProjectEventType) error
	UpdateEventType(context.Context, *ProjectEventType) error
	FetchEventTypeByName(context.Context, string, string) (*ProjectEventType, error)
	CheckEventTypeExists(context.Context, string, string) (bool, error)
}

type BatchRetryRepository interface {
	CreateBatchRetry(ctx context.Context, batchRetry *BatchRetry) error
	FindActiveBatchRetry(ctx context.Context, projectID string) (*BatchRetry, error)
}
