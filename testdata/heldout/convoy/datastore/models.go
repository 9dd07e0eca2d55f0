// Package datastore is convoy's datastore package (models.go, batch_retry.go,
// filter.go), reduced to the models, constants and errors the reproduced call
// chains use. Struct tags are verbatim.
package datastore

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/lib/pq"
	"golang.org/x/crypto/bcrypt"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/third_party/null"
)

var (
	ErrUserNotFound                  = errors.New("user not found")
	ErrDuplicateEmail                = errors.New("a user with this email already exists")
	ErrConfigNotFound                = errors.New("config not found")
	ErrSignupDisabled                = errors.New("user registration is disabled")
	ErrEndpointNotFound              = errors.New("endpoint not found")
	ErrEndpointExists                = errors.New("an endpoint with that name already exists")
	ErrSubscriptionNotFound          = errors.New("subscription not found")
	ErrFilterNotFound                = errors.New("filter not found")
	ErrPortalLinkNotFound            = errors.New("portal link not found")
	ErrOrgNotFound                   = errors.New("organisation not found")
	ErrOrgInviteNotFound             = errors.New("organisation invite not found")
	ErrAPIKeyNotFound                = errors.New("api key not found")
	ErrProjectNotFound               = errors.New("project not found")
	ErrNotAuthorisedToAccessDocument = errors.New("your credentials cannot access or modify this resource")
	ErrDuplicateProjectName          = errors.New("a project with this name already exists")
	ErrBatchRetryNotFound            = errors.New("batch retry not found")
)

type (
	ProjectType         string
	SubscriptionType    string
	DeliveryMode        string
	EndpointStatus      string
	EventDeliveryStatus string
	StrategyProvider    string
	KeyType             string
	UserAuthType        string
	StorageType         string
	PortalAuthType      string
)

const (
	IncomingProject ProjectType = "incoming"
	OutgoingProject ProjectType = "outgoing"

	SubscriptionTypeAPI SubscriptionType = "api"
	SubscriptionTypeCLI SubscriptionType = "cli"

	AtLeastOnceDeliveryMode DeliveryMode = "at_least_once"
	AtMostOnceDeliveryMode  DeliveryMode = "at_most_once"

	ActiveEndpointStatus EndpointStatus = "active"

	ScheduledEventStatus EventDeliveryStatus = "Scheduled"

	LinearStrategyProvider      StrategyProvider = "linear"
	ExponentialStrategyProvider StrategyProvider = "exponential"

	ProjectKey  KeyType = "project"
	PersonalKey KeyType = "personal_key"

	LocalUserType       UserAuthType = "local"
	SSOUserType         UserAuthType = "sso"
	GoogleOAuthUserType UserAuthType = "google_oauth"

	PortalAuthTypeRefreshToken PortalAuthType = "refresh_token"
	PortalAuthTypeStaticToken  PortalAuthType = "static_token"
)

type M map[string]interface{}

type User struct {
	UID                        string    `json:"uid" db:"id"`
	FirstName                  string    `json:"first_name" db:"first_name"`
	LastName                   string    `json:"last_name" db:"last_name"`
	Email                      string    `json:"email" db:"email"`
	EmailVerified              bool      `json:"email_verified" db:"email_verified"`
	Password                   string    `json:"-" db:"password"`
	ResetPasswordToken         string    `json:"-" db:"reset_password_token"`
	EmailVerificationToken     string    `json:"-" db:"email_verification_token"`
	CreatedAt                  time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt                  time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt                  null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
	ResetPasswordExpiresAt     time.Time `json:"reset_password_expires_at,omitempty" db:"reset_password_expires_at,omitempty" swaggertype:"string"`
	EmailVerificationExpiresAt time.Time `json:"-" db:"email_verification_expires_at,omitempty" swaggertype:"string"`
	AuthType                   string    `json:"auth_type" db:"auth_type" swaggertype:"string"`
}

type Password struct {
	Plaintext string
	Hash      []byte
}

func (p *Password) GenerateHash() error {
	hash, err := bcrypt.GenerateFromPassword([]byte(p.Plaintext), 12)
	if err != nil {
		return err
	}

	p.Hash = hash
	return nil
}

type Organisation struct {
	UID            string      `json:"uid" db:"id"`
	OwnerID        string      `json:"" db:"owner_id"`
	Name           string      `json:"name" db:"name"`
	CustomDomain   null.String `json:"custom_domain" db:"custom_domain" extensions:"x-nullable"`
	AssignedDomain null.String `json:"assigned_domain" db:"assigned_domain" extensions:"x-nullable"`
	LicenseData    string      `json:"license_data,omitempty" db:"license_data"`
	CreatedAt      time.Time   `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt      time.Time   `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt      null.Time   `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type OrganisationMember struct {
	UID            string    `json:"uid" db:"id"`
	OrganisationID string    `json:"organisation_id" db:"organisation_id"`
	UserID         string    `json:"user_id" db:"user_id"`
	Role           auth.Role `json:"role" db:"role"`
	CreatedAt      time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt      time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt      null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type InviteStatus string

const (
	InviteStatusAccepted  InviteStatus = "accepted"
	InviteStatusDeclined  InviteStatus = "declined"
	InviteStatusPending   InviteStatus = "pending"
	InviteStatusCancelled InviteStatus = "cancelled"
)

func (i InviteStatus) String() string {
	return string(i)
}

type OrganisationInvite struct {
	UID            string       `json:"uid" db:"id"`
	OrganisationID string       `json:"organisation_id" db:"organisation_id"`
	InviteeEmail   string       `json:"invitee_email" db:"invitee_email"`
	Token          string       `json:"token" db:"token"`
	Role           auth.Role    `json:"role" db:"role"`
	Status         InviteStatus `json:"status" db:"status"`
	ExpiresAt      time.Time    `json:"-" db:"expires_at"`
	CreatedAt      time.Time    `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt      time.Time    `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt      null.Time    `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type ProjectConfig struct {
	MaxIngestSize                 uint64                  `json:"max_payload_read_size" db:"max_payload_read_size"`
	MultipleEndpointSubscriptions bool                    `json:"multiple_endpoint_subscriptions" db:"multiple_endpoint_subscriptions"`
	AllowUnmatchedDynamicURLs     bool                    `json:"allow_unmatched_dynamic_urls" db:"allow_unmatched_dynamic_urls"`
	Strategy                      *StrategyConfiguration  `json:"strategy" db:"strategy"`
	MetaEvent                     *MetaEventConfiguration `json:"meta_event" db:"meta_event"`
}

type StrategyConfiguration struct {
	Type       StrategyProvider `json:"type" db:"type" valid:"optional~please provide a valid strategy type, in(linear|exponential)~unsupported strategy type"`
	Duration   uint64           `json:"duration" db:"duration" valid:"optional~please provide a valid duration in seconds,int"`
	RetryCount uint64           `json:"retry_count" db:"retry_count" valid:"optional~please provide a valid retry count,int"`
}

type MetaEventConfiguration struct {
	IsEnabled bool           `json:"is_enabled" db:"is_enabled"`
	EventType pq.StringArray `json:"event_type" db:"event_type"`
	URL       string         `json:"url" db:"url"`
}

type Project struct {
	UID             string         `json:"uid" db:"id"`
	Name            string         `json:"name" db:"name"`
	LogoURL         string         `json:"logo_url" db:"logo_url"`
	OrganisationID  string         `json:"organisation_id" db:"organisation_id"`
	ProjectConfigID string         `json:"-" db:"project_configuration_id"`
	Type            ProjectType    `json:"type" db:"type"`
	Config          *ProjectConfig `json:"config" db:"config" extensions:"x-nullable"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type Secret struct {
	UID   string `json:"uid" db:"id"`
	Value string `json:"value" db:"value"`

	ExpiresAt null.Time `json:"expires_at,omitempty" db:"expires_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type Secrets []Secret

type Endpoint struct {
	UID                string  `json:"uid" db:"id"`
	ProjectID          string  `json:"project_id" db:"project_id"`
	OwnerID            string  `json:"owner_id,omitempty" db:"owner_id"`
	Url                string  `json:"url" db:"url"`
	Name               string  `json:"name" db:"name"`
	Secrets            Secrets `json:"secrets" db:"secrets"`
	AdvancedSignatures bool    `json:"advanced_signatures" db:"advanced_signatures"`
	Description        string  `json:"description" db:"description"`
	SlackWebhookURL    string  `json:"slack_webhook_url,omitempty" db:"slack_webhook_url"`
	TeamsWebhookURL    string  `json:"teams_webhook_url,omitempty" db:"teams_webhook_url"`
	SupportEmail       string  `json:"support_email,omitempty" db:"support_email"`
	AppID              string  `json:"-" db:"app_id"` // Deprecated but necessary for backward compatibility

	Status         EndpointStatus          `json:"status" db:"status"`
	HttpTimeout    uint64                  `json:"http_timeout" db:"http_timeout"`
	Authentication *EndpointAuthentication `json:"authentication" db:"authentication" extensions:"x-nullable"`
	MtlsClientCert *MtlsClientCert         `json:"mtls_client_cert,omitempty" db:"mtls_client_cert" extensions:"x-nullable"`

	RateLimit         int    `json:"rate_limit" db:"rate_limit"`
	RateLimitDuration uint64 `json:"rate_limit_duration" db:"rate_limit_duration"`
	ContentType       string `json:"content_type" db:"content_type"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
}

type EndpointAuthenticationType string

type EndpointAuthentication struct {
	Type EndpointAuthenticationType `json:"type,omitempty" db:"type" valid:"optional,in(api_key|oauth2|basic_auth)~unsupported authentication type"`
}

type MtlsClientCert struct {
	ClientCert string `json:"client_cert,omitempty" db:"client_cert"`
	ClientKey  string `json:"client_key,omitempty" db:"client_key"`
}

func (e *Endpoint) GetAuthConfig() EndpointAuthentication {
	if e.Authentication != nil {
		return *e.Authentication
	}
	return EndpointAuthentication{}
}

type RetryConfiguration struct {
	Type       StrategyProvider `json:"type,omitempty" db:"type" valid:"supported_retry_strategy~please provide a valid retry strategy type"`
	Duration   uint64           `json:"duration,omitempty" db:"duration" valid:"duration~please provide a valid time duration"`
	RetryCount uint64           `json:"retry_count" db:"retry_count" valid:"int~please provide a valid retry count"`
}

type AlertConfiguration struct {
	Count     int    `json:"count" db:"count"`
	Threshold string `json:"threshold" db:"threshold" valid:"duration~please provide a valid time duration"`
}

type RateLimitConfiguration struct {
	Count    int    `json:"count" db:"count"`
	Duration uint64 `json:"duration" db:"duration"`
}

var (
	DefaultRetryConfig     = RetryConfiguration{Type: LinearStrategyProvider, Duration: 10, RetryCount: 3}
	DefaultAlertConfig     = AlertConfiguration{Count: 1, Threshold: "1h"}
	DefaultRateLimitConfig = RateLimitConfiguration{Count: 1000, Duration: 60}
)

type FilterConfiguration struct {
	EventTypes pq.StringArray `json:"event_types" db:"event_types"`
	Filter     FilterSchema   `json:"filter" db:"filter"`
}

type FilterSchema struct {
	IsFlattened bool `json:"is_flattened" db:"is_flattened"`
	Headers     M    `json:"headers" db:"headers"`
	Body        M    `json:"body" db:"body"`
	Query       M    `json:"query" db:"query"`
	Path        M    `json:"path" db:"path"`

	RawHeaders M `json:"-" db:"raw_headers"`
	RawBody    M `json:"-" db:"raw_body"`
	RawQuery   M `json:"-" db:"raw_query"`
	RawPath    M `json:"-" db:"raw_path"`
}

type Subscription struct {
	UID        string           `json:"uid" db:"id"`
	Name       string           `json:"name" db:"name"`
	Type       SubscriptionType `json:"type" db:"type"`
	ProjectID  string           `json:"project_id" db:"project_id"`
	SourceID   string           `json:"-" db:"source_id"`
	EndpointID string           `json:"-" db:"endpoint_id"`
	DeviceID   string           `json:"-" db:"device_id"`
	Function   null.String      `json:"function" db:"function" swaggertype:"string" extensions:"x-nullable"`

	// subscription config
	AlertConfig     *AlertConfiguration     `json:"alert_config,omitempty" db:"alert_config" extensions:"x-nullable"`
	RetryConfig     *RetryConfiguration     `json:"retry_config,omitempty" db:"retry_config" extensions:"x-nullable"`
	FilterConfig    *FilterConfiguration    `json:"filter_config,omitempty" db:"filter_config" extensions:"x-nullable"`
	RateLimitConfig *RateLimitConfiguration `json:"rate_limit_config,omitempty" db:"rate_limit_config" extensions:"x-nullable"`

	DeliveryMode DeliveryMode `json:"delivery_mode,omitempty" db:"delivery_mode"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

func (s *Subscription) GetAlertConfig() AlertConfiguration {
	if s.AlertConfig != nil {
		return *s.AlertConfig
	}
	return AlertConfiguration{}
}

func (s *Subscription) GetRetryConfig() RetryConfiguration {
	if s.RetryConfig != nil {
		return *s.RetryConfig
	}
	return RetryConfiguration{}
}

func (s *Subscription) GetFilterConfig() FilterConfiguration {
	if s.FilterConfig != nil {
		return *s.FilterConfig
	}
	return FilterConfiguration{}
}

func (s *Subscription) GetRateLimitConfig() RateLimitConfiguration {
	if s.RateLimitConfig != nil {
		return *s.RateLimitConfig
	}
	return RateLimitConfiguration{}
}

// EventTypeFilter represents a filter configuration for a specific event type within a subscription
type EventTypeFilter struct {
	UID            string     `json:"uid" db:"id"`
	SubscriptionID string     `json:"subscription_id" db:"subscription_id"`
	EventType      string     `json:"event_type" db:"event_type"`
	EnabledAt      *time.Time `json:"enabled_at" db:"enabled_at" swaggertype:"string" extensions:"x-nullable"`
	EnabledAtSet   bool       `json:"-" db:"-"`
	Headers        M          `json:"headers" db:"headers"`
	Body           M          `json:"body" db:"body"`
	Query          M          `json:"query" db:"query"`
	Path           M          `json:"path" db:"path"`
	RawHeaders     M          `json:"raw_headers" db:"raw_headers"`
	RawBody        M          `json:"raw_body" db:"raw_body"`
	RawQuery       M          `json:"raw_query" db:"raw_query"`
	RawPath        M          `json:"raw_path" db:"raw_path"`
	CreatedAt      time.Time  `json:"-" db:"created_at" swaggertype:"string"`
	UpdatedAt      time.Time  `json:"-" db:"updated_at" swaggertype:"string"`
}

type ProjectEventType struct {
	UID          string          `json:"uid" db:"id"`
	Name         string          `json:"name" db:"name"`
	ProjectId    string          `json:"-" db:"project_id"`
	CreatedAt    time.Time       `json:"-" db:"created_at"`
	UpdatedAt    time.Time       `json:"-" db:"updated_at"`
	Category     string          `json:"category" db:"category"`
	JSONSchema   json.RawMessage `json:"json_schema" db:"json_schema" swaggertype:"object"`
	Description  string          `json:"description" db:"description"`
	DeprecatedAt null.Time       `json:"deprecated_at" db:"deprecated_at" extensions:"x-nullable"`
}

type BatchRetryStatus string

const (
	BatchRetryStatusPending    BatchRetryStatus = "pending"
	BatchRetryStatusProcessing BatchRetryStatus = "processing"
	BatchRetryStatusCompleted  BatchRetryStatus = "completed"
	BatchRetryStatusFailed     BatchRetryStatus = "failed"
)

type BatchRetry struct {
	ID              string           `json:"uid" db:"id"`
	ProjectID       string           `json:"project_id" db:"project_id"`
	Status          BatchRetryStatus `json:"status" db:"status"`
	TotalEvents     int              `json:"total_events" db:"total_events"`
	ProcessedEvents int              `json:"processed_events" db:"processed_events"`
	FailedEvents    int              `json:"failed_events" db:"failed_events"`
	Error           string           `json:"error" db:"error"`
	Filter          RetryFilter      `json:"filter" db:"filter"`
	CreatedAt       time.Time        `json:"created_at" db:"created_at"`
	UpdatedAt       time.Time        `json:"updated_at" db:"updated_at"`
	CompletedAt     null.Time        `json:"completed_at" db:"completed_at" extensions:"x-nullable"`
}

type RetryFilter map[string]any

// Filter is the event-delivery list filter (datastore/filter.go), reduced.
type Filter struct {
	ProjectID    string
	EndpointIDs  []string
	EventID      string
	Status       []EventDeliveryStatus
	SearchParams SearchParams
}

type SearchParams struct {
	CreatedAtStart int64 `json:"created_at_start" bson:"created_at_start"`
	CreatedAtEnd   int64 `json:"created_at_end" bson:"created_at_end"`
}

func FromFilterStruct(data Filter) RetryFilter {
	return RetryFilter{
		"ProjectID":   data.ProjectID,
		"EndpointIDs": data.EndpointIDs,
		"EventID":     data.EventID,
		"Status":      data.Status,
	}
}

type StoragePolicyConfiguration struct {
	Type StorageType `json:"type,omitempty" db:"type" valid:"supported_storage~please provide a valid storage type,required"`
}

type RetentionPolicyConfiguration struct {
	Policy                   string `json:"policy" db:"policy" valid:"required~please provide a valid retention policy"`
	IsRetentionPolicyEnabled bool   `json:"enabled" db:"enabled"`
}

type Configuration struct {
	UID                string `json:"uid" db:"id"`
	IsAnalyticsEnabled bool   `json:"is_analytics_enabled" db:"is_analytics_enabled"`
	IsSignupEnabled    bool   `json:"is_signup_enabled" db:"is_signup_enabled"`

	StoragePolicy   *StoragePolicyConfiguration   `json:"storage_policy" db:"storage_policy" extensions:"x-nullable"`
	RetentionPolicy *RetentionPolicyConfiguration `json:"retention_policy" db:"retention_policy" extensions:"x-nullable"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type Job struct {
	UID         string    `json:"uid" db:"id"`
	Type        string    `json:"type" db:"type"`
	Status      JobStatus `json:"status,omitempty" db:"status"`
	ProjectID   string    `json:"project_id,omitempty" db:"project_id"`
	FailedAt    null.Time `json:"failed_at,omitempty" db:"failed_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
	StartedAt   null.Time `json:"started_at,omitempty" db:"started_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
	CompletedAt null.Time `json:"completed_at,omitempty" db:"completed_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
	CreatedAt   time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt   time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt   null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type JobStatus string

type APIKey struct {
	UID       string    `json:"uid" db:"id"`
	MaskID    string    `json:"mask_id,omitempty" db:"mask_id"`
	Name      string    `json:"name" db:"name"`
	Role      auth.Role `json:"role" db:"role"`
	Hash      string    `json:"hash,omitempty" db:"hash"`
	Salt      string    `json:"salt,omitempty" db:"salt"`
	Type      KeyType   `json:"key_type" db:"key_type"`
	UserID    string    `json:"user_id" db:"user_id"`
	ExpiresAt null.Time `json:"expires_at,omitempty" db:"expires_at" extensions:"x-nullable"`
	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" extensions:"x-nullable"`
}

type Metadata struct {
	// Data to be sent to endpoint.
	Data     json.RawMessage  `json:"data" bson:"data" swaggertype:"object"`
	Raw      string           `json:"raw" bson:"raw"`
	Strategy StrategyProvider `json:"strategy" bson:"strategy"`

	NextSendTime time.Time `json:"next_send_time" bson:"next_send_time"`

	NumTrials uint64 `json:"num_trials" bson:"num_trials"`

	IntervalSeconds uint64 `json:"interval_seconds" bson:"interval_seconds"`

	RetryLimit uint64 `json:"retry_limit" bson:"retry_limit"`
}

type MetaEvent struct {
	UID       string              `json:"uid" db:"id"`
	ProjectID string              `json:"project_id" db:"project_id"`
	EventType string              `json:"event_type" db:"event_type"`
	Metadata  *Metadata           `json:"metadata" db:"metadata" extensions:"x-nullable"`
	Status    EventDeliveryStatus `json:"status" db:"status"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type MetaEventPayload struct {
	EventType string          `json:"event_type"`
	Data      json.RawMessage `json:"data"`
}

type PortalLink struct {
	UID               string         `json:"uid" db:"id"`
	Name              string         `json:"name" db:"name"`
	ProjectID         string         `json:"project_id" db:"project_id"`
	Token             string         `json:"-" db:"token"`
	OwnerID           string         `json:"owner_id" db:"owner_id"`
	Endpoints         pq.StringArray `json:"endpoints" db:"endpoints"`
	CanManageEndpoint bool           `json:"can_manage_endpoint" db:"can_manage_endpoint"`

	AuthKey  string         `json:"auth_key" db:"-"`
	AuthType PortalAuthType `json:"auth_type" db:"auth_type"`

	CreatedAt time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at,omitempty" db:"deleted_at,omitempty" swaggertype:"string" extensions:"x-nullable"`
}

type PortalToken struct {
	UID          string `json:"uid" db:"id"`
	PortalLinkID string `json:"portal_link_id" db:"portal_link_id"`
	MaskId       string `json:"mask_id" db:"mask_id"`
	Hash         string `json:"hash" db:"hash"`
	Salt         string `json:"salt" db:"salt"`
	AuthKey      string `json:"-" db:"-"`

	ExpiresAt null.Time `json:"expires_at" db:"expires_at" swaggertype:"string" extensions:"x-nullable"`
	CreatedAt time.Time `json:"created_at" db:"created_at" swaggertype:"string"`
	UpdatedAt time.Time `json:"updated_at" db:"updated_at" swaggertype:"string"`
	DeletedAt null.Time `json:"deleted_at" db:"deleted_at" swaggertype:"string" extensions:"x-nullable"`
}

type CreatePortalLinkRequest struct {
	// Portal Link Name
	Name string `json:"name"`

	// Deprecated
	// IDs of endpoints in this portal link
	Endpoints []string `json:"endpoints"`

	AuthType string `json:"auth_type"`

	// OwnerID, the portal link will inherit all the endpoints with this owner ID
	OwnerID string `json:"owner_id"`

	// Specify whether endpoint management can be done through the Portal Link UI
	CanManageEndpoint bool `json:"can_manage_endpoint"`
}

func (p *CreatePortalLinkRequest) Validate() error {
	if p.Name == "" || p.OwnerID == "" {
		return errors.New("name and owner_id are required")
	}
	return nil
}

type FeatureFlag struct {
	UID        string    `json:"uid" db:"id"`
	FeatureKey string    `json:"feature_key" db:"feature_key"`
	Enabled    bool      `json:"enabled" db:"enabled"`
	CreatedAt  time.Time `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt  time.Time `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
}

type FeatureFlagOverride struct {
	UID           string      `json:"uid" db:"id"`
	FeatureFlagID string      `json:"feature_flag_id" db:"feature_flag_id"`
	OwnerType     string      `json:"owner_type" db:"owner_type"`
	OwnerID       string      `json:"owner_id" db:"owner_id"`
	Enabled       bool        `json:"enabled" db:"enabled"`
	EnabledAt     null.Time   `json:"enabled_at,omitempty" db:"enabled_at" swaggertype:"string" extensions:"x-nullable"`
	EnabledBy     null.String `json:"enabled_by,omitempty" db:"enabled_by" extensions:"x-nullable"`
	CreatedAt     time.Time   `json:"created_at,omitempty" db:"created_at,omitempty" swaggertype:"string"`
	UpdatedAt     time.Time   `json:"updated_at,omitempty" db:"updated_at,omitempty" swaggertype:"string"`
}

type UpdateOrganisationOverride struct {
	FeatureKey string `json:"feature_key"`
	Enabled    bool   `json:"enabled"`
}

// Flatten flattens nested keys in place (upstream uses pkg/flatten); reduced
// to a no-op, as filter matching is not reproduced.
func (m *M) Flatten() error {
	return nil
}

func (c *Configuration) GetRetentionPolicyConfig() RetentionPolicyConfiguration {
	if c.RetentionPolicy != nil {
		return *c.RetentionPolicy
	}
	return RetentionPolicyConfiguration{}
}

type OrganisationRequest struct {
	Name         string `json:"name" bson:"name"`
	CustomDomain string `json:"custom_domain" bson:"custom_domain"`
}

// Source (reduced)
type Source struct {
	UID       string `json:"uid" db:"id"`
	Name      string `json:"name" db:"name"`
	ProjectID string `json:"project_id" db:"project_id"`
	MaskID    string `json:"mask_id" db:"mask_id"`
}

type EventType string

// Event (reduced)
type Event struct {
	UID       string    `json:"uid" db:"id"`
	EventType EventType `json:"event_type" db:"event_type"`
	ProjectID string    `json:"project_id,omitempty" db:"project_id"`
	SourceID  string    `json:"source_id,omitempty" db:"source_id"`
	Endpoints []string  `json:"endpoints" db:"endpoints"`
	Metadata  string    `json:"metadata,omitempty" db:"metadata"`
}

type SearchIndexParams struct {
	ProjectID string `json:"project_id"`
	Interval  int    `json:"interval"`
}
