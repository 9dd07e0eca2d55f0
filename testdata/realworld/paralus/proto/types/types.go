// Package types stands in for the generated protobuf API types of paralus
// (proto/types/commonpb/v3, systempb/v3, userpb/v3, rolepb/v3,
// infrapb/v3, sentry, proto/rpc/sentry): plain structs with the fields the
// reproduced services read.
package types

// Metadata is commonpb/v3 Metadata.
type Metadata struct {
	Name         string
	Description  string
	Partner      string
	Organization string
	Project      string
	Id           string
	DisplayName  string
	Labels       map[string]string
}

// QueryOptions is commonpb/v3 QueryOptions.
type QueryOptions struct {
	Name         string
	ID           string
	Partner      string
	Organization string
	Project      string
	GlobalScope  bool
}

// Project is systempb/v3 Project.
type Project struct {
	Metadata *Metadata
	Spec     *ProjectSpec
}

// ProjectSpec is systempb/v3 ProjectSpec.
type ProjectSpec struct {
	Default bool
}

// Group is userpb/v3 Group.
type Group struct {
	Metadata *Metadata
	Spec     *GroupSpec
}

// GroupSpec is userpb/v3 GroupSpec.
type GroupSpec struct {
	Type                  string
	ProjectNamespaceRoles []*ProjectNamespaceRole
}

// ProjectNamespaceRole is userpb/v3 ProjectNamespaceRole.
type ProjectNamespaceRole struct {
	Project string
	Role    string
}

// Role is rolepb/v3 Role.
type Role struct {
	Metadata *Metadata
	Spec     *RoleSpec
}

// RoleSpec is rolepb/v3 RoleSpec.
type RoleSpec struct {
	Rolepermissions []string
	IsGlobal        bool
	Scope           string
	Builtin         bool
}

// Idp is systempb/v3 Idp.
type Idp struct {
	Metadata *Metadata
	Spec     *IdpSpec
}

// IdpSpec is systempb/v3 IdpSpec.
type IdpSpec struct {
	IdpName string
	Domain  string
	SsoUrl  string
}

// OIDCProvider is systempb/v3 OIDCProvider.
type OIDCProvider struct {
	Metadata *Metadata
	Spec     *OIDCProviderSpec
}

// OIDCProviderSpec is systempb/v3 OIDCProviderSpec.
type OIDCProviderSpec struct {
	ProviderName string
	ClientId     string
	ClientSecret string
	Scopes       []string
	IssuerUrl    string
}

// Cluster is infrapb/v3 Cluster.
type Cluster struct {
	Metadata *Metadata
	Spec     *ClusterSpec
}

// ClusterSpec is infrapb/v3 ClusterSpec.
type ClusterSpec struct {
	ClusterType string
}

// BootstrapInfra is sentry BootstrapInfra.
type BootstrapInfra struct {
	Metadata *Metadata
	Spec     *BootstrapInfraSpec
}

// BootstrapInfraSpec is sentry BootstrapInfraSpec.
type BootstrapInfraSpec struct {
	CaCert string
	CaKey  string
}

// BootstrapAgentTemplate is sentry BootstrapAgentTemplate.
type BootstrapAgentTemplate struct {
	Metadata *Metadata
	Spec     *BootstrapAgentTemplateSpec
}

// BootstrapAgentTemplateSpec is sentry BootstrapAgentTemplateSpec.
type BootstrapAgentTemplateSpec struct {
	InfraRef     string
	AutoRegister bool
	Token        string
}

// BootstrapAgentTemplateList is sentry BootstrapAgentTemplateList.
type BootstrapAgentTemplateList struct {
	Items []*BootstrapAgentTemplate
}

// BootstrapAgent is sentry BootstrapAgent.
type BootstrapAgent struct {
	Metadata *Metadata
	Spec     *BootstrapAgentSpec
}

// BootstrapAgentSpec is sentry BootstrapAgentSpec.
type BootstrapAgentSpec struct {
	Token       string
	TemplateRef string
}

// RegisterAgentRequest is proto/rpc/sentry RegisterAgentRequest.
type RegisterAgentRequest struct {
	TemplateToken string
	Token         string
	Name          string
}

// RegisterAgentResponse is proto/rpc/sentry RegisterAgentResponse.
type RegisterAgentResponse struct{}

// KubeconfigSetting is sentry KubeconfigSetting.
type KubeconfigSetting struct {
	OrganizationID    string
	PartnerID         string
	AccountID         string
	ValiditySeconds   int64
	SaValiditySeconds int64
	IsSSOUser         bool
}

// KubeconfigRevocation is sentry KubeconfigRevocation.
type KubeconfigRevocation struct {
	OrganizationID string
	PartnerID      string
	AccountID      string
	IsSSOUser      bool
}

// KubectlClusterSettings is sentry KubectlClusterSettings.
type KubectlClusterSettings struct {
	Name              string
	OrganizationID    string
	PartnerID         string
	DisableWebKubectl bool
	DisableCLIKubectl bool
}
