// Package httpmw is coderd/httpmw reduced to the context accessors the
// handlers use. The middlewares that fill these values are not reproduced.
package httpmw

import (
	"net/http"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/externalauth"
	"example.com/realworld/coder/third_party/oauth2"
)

type (
	apiKeyContextKey        struct{}
	oauth2StateKey          struct{}
	externalAuthParamKey    struct{}
	organizationParamKey    struct{}
	userParamKey            struct{}
	workspaceProxyKey       struct{}
	templateVersionParamKey struct{}
)

// APIKey returns the API key from the ExtractAPIKey handler.
func APIKey(r *http.Request) database.APIKey {
	key, _ := r.Context().Value(apiKeyContextKey{}).(database.APIKey)
	return key
}

// OAuth2State is the result of the OAuth2 callback middleware.
type OAuth2State struct {
	Token       *oauth2.Token
	Redirect    string
	StateString string
}

// OAuth2 returns the state from an oauth request.
func OAuth2(r *http.Request) OAuth2State {
	state, _ := r.Context().Value(oauth2StateKey{}).(OAuth2State)
	return state
}

// ExternalAuthParam returns the external auth config from the URL.
func ExternalAuthParam(r *http.Request) *externalauth.Config {
	config, _ := r.Context().Value(externalAuthParamKey{}).(*externalauth.Config)
	return config
}

// OrganizationParam returns the organization from the URL.
func OrganizationParam(r *http.Request) database.Organization {
	org, _ := r.Context().Value(organizationParamKey{}).(database.Organization)
	return org
}

// UserParam returns the user from the URL.
func UserParam(r *http.Request) database.User {
	user, _ := r.Context().Value(userParamKey{}).(database.User)
	return user
}

// WorkspaceProxy returns the authenticated workspace proxy.
func WorkspaceProxy(r *http.Request) database.WorkspaceProxy {
	proxy, _ := r.Context().Value(workspaceProxyKey{}).(database.WorkspaceProxy)
	return proxy
}

// TemplateVersionParam returns the template version from the URL.
func TemplateVersionParam(r *http.Request) database.TemplateVersion {
	tv, _ := r.Context().Value(templateVersionParamKey{}).(database.TemplateVersion)
	return tv
}
