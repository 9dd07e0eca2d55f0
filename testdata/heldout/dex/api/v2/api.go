// Package api is a stand-in for upstream api/v2 (the generated gRPC types),
// reduced to the messages the reproduced dexAPI methods use.
package api

// Client is the gRPC client message.
type Client struct {
	Id                     string
	Secret                 string
	RedirectUris           []string
	TrustedPeers           []string
	Public                 bool
	Name                   string
	LogoUrl                string
	AllowedConnectors      []string
	SsoSharedWith          []string
	BackchannelLogoutUri   string
	PostLogoutRedirectUris []string
	RefreshTokenLifetime   string
}

// CreateClientReq is the CreateClient request.
type CreateClientReq struct{ Client *Client }

// CreateClientResp is the CreateClient response.
type CreateClientResp struct {
	AlreadyExists bool
	Client        *Client
}

// Password is the gRPC password message.
type Password struct {
	Email    string
	Hash     []byte
	Username string
	UserId   string
}

// CreatePasswordReq is the CreatePassword request.
type CreatePasswordReq struct{ Password *Password }

// CreatePasswordResp is the CreatePassword response.
type CreatePasswordResp struct{ AlreadyExists bool }

// Connector is the gRPC connector message.
type Connector struct {
	Id         string
	Type       string
	Name       string
	Config     []byte
	GrantTypes []string
}

// CreateConnectorReq is the CreateConnector request.
type CreateConnectorReq struct{ Connector *Connector }

// CreateConnectorResp is the CreateConnector response.
type CreateConnectorResp struct{ AlreadyExists bool }
