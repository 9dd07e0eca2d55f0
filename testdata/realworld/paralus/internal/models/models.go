// Package models is a reduced copy of internal/models: the bun models of
// the tables touched by the catalogued sites (tags copied from upstream;
// the schema itself comes from the SQL migrations under
// persistence/migrations/admindb, not from these tags).
package models

import (
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/third_party/uuid"
)

// Project is internal/models/project.go:10.
type Project struct {
	bun.BaseModel `bun:"table:authsrv_project,alias:project"`

	ID             uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	Description    string    `bun:"description,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt     time.Time `bun:"modified_at,notnull,default:current_timestamp"`
	Trash          bool      `bun:"trash,notnull,default:false"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	Default        bool      `bun:"default,notnull"`
}

// Organization is internal/models/organization.go (fields trimmed).
type Organization struct {
	bun.BaseModel `bun:"table:authsrv_organization,alias:organization"`

	ID        uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name      string    `bun:"name,notnull"`
	Trash     bool      `bun:"trash,notnull"`
	PartnerId uuid.UUID `bun:"partner_id,type:uuid"`
}

// Partner is internal/models/partner.go (fields trimmed).
type Partner struct {
	bun.BaseModel `bun:"table:authsrv_partner,alias:partner"`

	ID    uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name  string    `bun:"name,notnull"`
	Trash bool      `bun:"trash,notnull"`
}

// Group is internal/models/group.go:10.
type Group struct {
	bun.BaseModel `bun:"table:authsrv_group,alias:group"`

	ID             uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	Description    string    `bun:"description,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt     time.Time `bun:"modified_at,notnull,default:current_timestamp"`
	Trash          bool      `bun:"trash,notnull,default:false"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	Type           string    `bun:"type,notnull"`
}

// GroupRole is internal/models/grouprole.go (fields trimmed).
type GroupRole struct {
	bun.BaseModel `bun:"table:authsrv_grouprole,alias:grouprole"`

	ID             uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	Description    string    `bun:"description,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt     time.Time `bun:"modified_at,notnull,default:current_timestamp"`
	Trash          bool      `bun:"trash,notnull,default:false"`
	Default        bool      `bun:"default,notnull"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	RoleId         uuid.UUID `bun:"role_id,type:uuid"`
	GroupId        uuid.UUID `bun:"group_id,type:uuid"`
	Active         bool      `bun:"active,notnull"`
}

// Role is internal/models/role.go:10.
type Role struct {
	bun.BaseModel `bun:"table:authsrv_resourcerole,alias:resourcerole"`

	ID             uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	Description    string    `bun:"description,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt     time.Time `bun:"modified_at,notnull,default:current_timestamp"`
	Trash          bool      `bun:"trash,notnull,default:false"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	IsGlobal       bool      `bun:"is_global,notnull,default:true"`
	Builtin        bool      `bun:"builtin,notnull,default:true"`
	Scope          string    `bun:"scope,notnull"`
}

// Idp is internal/models/idp.go:10 (fields trimmed). The `unique` tags are
// not reflected in the schema: migrations/admindb/000028_authsrv_idp.up.sql
// only has UNIQUE (partner_id, domain).
type Idp struct {
	bun.BaseModel `bun:"table:authsrv_idp,alias:idp"`

	Id          uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name        string    `bun:"name,notnull,unique"`
	Description string    `bun:"description"`
	CreatedAt   time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt  time.Time `bun:"modified_at,notnull,default:current_timestamp"`

	IdpName        string    `bun:"idp_name,notnull"`
	Domain         string    `bun:"domain,notnull,unique"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	SsoURL         string    `bun:"sso_url"`
	Trash          bool      `bun:"trash,default:false"`
}

// OIDCProvider is internal/models/oidc_provider.go:10 (fields trimmed).
type OIDCProvider struct {
	bun.BaseModel `bun:"table:authsrv_oidc_provider,alias:oidcprovider"`

	Id             uuid.UUID `bun:"id,type:uuid,pk,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull,unique"` // unique constraint on id,name cols group
	Description    string    `bun:"description"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt     time.Time `bun:"modified_at,notnull,default:current_timestamp"`

	ProviderName string   `bun:"provider_name,notnull"`
	ClientId     string   `bun:"client_id,notnull"`
	ClientSecret string   `bun:"client_secret,notnull"`
	Scopes       []string `bun:"scopes,array,notnull"`
	IssuerURL    string   `bun:"issuer_url,unique,notnull"`
	Trash        bool     `bun:"trash,default:false"`
}

// Cluster is internal/models/cluster.go:11 (fields trimmed).
type Cluster struct {
	bun.BaseModel `bun:"table:cluster_clusters,alias:cluster"`

	ID               uuid.UUID       `bun:"id,pk,type:uuid,default:uuid_generate_v4()"`
	OrganizationId   uuid.UUID       `bun:"organization_id,type:uuid"`
	PartnerId        uuid.UUID       `bun:"partner_id,type:uuid"`
	ProjectId        uuid.UUID       `bun:"project_id,type:uuid"`
	Name             string          `bun:"name,notnull"`
	Description      string          `bun:"description"`
	DisplayName      string          `bun:"display_name,notnull"`
	CreatedAt        time.Time       `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt       time.Time       `bun:"modified_at,default:current_timestamp"`
	Trash            bool            `bun:"trash,notnull,default:false"`
	Labels           json.RawMessage `bun:"labels,type:jsonb,notnull,default:'{}'"`
	ClusterType      string          `bun:"cluster_type"`
	OverrideSelector string          `bun:"override_selector,notnull,default:''"`
	Token            string          `bun:"token"`
}

// ClusterToken is internal/models/clustertoken.go:11 (fields trimmed).
type ClusterToken struct {
	bun.BaseModel `bun:"table:cluster_tokens,alias:tokens"`

	ID             uuid.UUID `bun:"id,pk,type:uuid,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	ProjectId      uuid.UUID `bun:"project_id,type:uuid"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
}

// BootstrapAgent is internal/models/bootstrapagent.go:11 (fields trimmed).
type BootstrapAgent struct {
	bun.BaseModel `bun:"table:sentry_bootstrap_agent,alias:ba"`

	ID             uuid.UUID `bun:"id,pk,type:uuid,default:uuid_generate_v4()"`
	Name           string    `bun:"name,notnull"`
	OrganizationId uuid.UUID `bun:"organization_id,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid"`
	ProjectId      uuid.UUID `bun:"project_id,type:uuid"`
	TemplateRef    string    `bun:"template_ref,notnull"`
	DisplayName    string    `bun:"display_name,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	Token          string    `bun:"token,notnull"`
	TokenState     string    `bun:"token_state,notnull"`
}

// BootstrapInfra is internal/models/bootstrapinfra.go:11 (fields trimmed).
type BootstrapInfra struct {
	bun.BaseModel `bun:"table:sentry_bootstrap_infra,alias:bi"`

	Name        string    `bun:"name,pk,notnull"`
	DisplayName string    `bun:"display_name,notnull"`
	CreatedAt   time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt  time.Time `bun:"modified_at"`
	CaCert      string    `bun:"ca_cert,notnull"`
	CaKey       string    `bun:"ca_key,notnull"`
}

// KubeconfigSetting is internal/models/kubeconfig_setting.go:10 (fields trimmed).
type KubeconfigSetting struct {
	bun.BaseModel `bun:"table:sentry_kubeconfig_setting,alias:ks"`

	ID                uuid.UUID `bun:"id,pk,type:uuid,default:uuid_generate_v4()"`
	OrganizationId    uuid.UUID `bun:"organization_id,notnull,type:uuid"`
	PartnerId         uuid.UUID `bun:"partner_id,type:uuid,notnull"`
	AccountId         uuid.UUID `bun:"account_id,type:uuid,notnull"`
	Scope             string    `bun:"scope,notnull"`
	ValiditySeconds   int64     `bun:"validity_seconds,notnull,default:0"`
	SaValiditySeconds int64     `bun:"sa_validity_seconds,notnull,default:28800"`
	CreatedAt         time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt        time.Time `bun:"modified_at"`
	IsSSOUser         bool      `bun:"is_sso_user,default:false"`
}

// KubeconfigRevocation is internal/models/kubeconfig_revocation.go:10.
type KubeconfigRevocation struct {
	bun.BaseModel `bun:"table:sentry_kubeconfig_revocation,alias:kr"`

	ID             uuid.UUID `bun:"id,pk,type:uuid,default:uuid_generate_v4()"`
	OrganizationId uuid.UUID `bun:"organization_id,notnull,type:uuid"`
	PartnerId      uuid.UUID `bun:"partner_id,type:uuid,notnull"`
	AccountId      uuid.UUID `bun:"account_id,type:uuid,notnull"`
	RevokedAt      time.Time `bun:"revoked_at"`
	CreatedAt      time.Time `bun:"created_at,notnull,default:current_timestamp"`
	IsSSOUser      bool      `bun:"is_sso_user,default:false"`
}

// KubectlClusterSetting is internal/models/kubectl_cluster_setting.go:10.
type KubectlClusterSetting struct {
	bun.BaseModel `bun:"table:sentry_kubectl_cluster_settings,alias:kc"`

	Name              string    `bun:"name,pk,notnull"`
	OrganizationId    uuid.UUID `bun:"organization_id,notnull,type:uuid"`
	PartnerId         uuid.UUID `bun:"partner_id,type:uuid,notnull"`
	DisableWebKubectl bool      `bun:"disable_web_kubectl,notnull,default:false"`
	DisableCliKubectl bool      `bun:"disable_cli_kubectl,notnull,default:false"`
	CreatedAt         time.Time `bun:"created_at,notnull,default:current_timestamp"`
	ModifiedAt        time.Time `bun:"modified_at"`
	DeletedAt         time.Time `bun:"deleted_at"`
}

// KratosIdentities is internal/models/kratosidentities.go:26 (fields trimmed).
type KratosIdentities struct {
	bun.BaseModel `bun:"table:identities,alias:identities"`

	ID       uuid.UUID              `bun:"id,type:uuid,pk"`
	SchemaId string                 `bun:"schema_id,notnull"`
	Traits   map[string]interface{} `bun:"traits,type:jsonb"`
}
