// Package plugins is a reduced copy of owncast services/plugins: only the
// HostEnv fields and request type the auth host functions use.
package plugins

// UserRegisterRequest is the plugin-supplied identity of owncast.users.register.
type UserRegisterRequest struct {
	AuthID      string   `json:"authId"`
	DisplayName string   `json:"displayName,omitempty"`
	Scopes      []string `json:"scopes,omitempty"`
	ProfileURL  string   `json:"profileUrl,omitempty"`
	Handle      string   `json:"handle,omitempty"`
	Public      bool     `json:"public,omitempty"`
}

// HostEnv is services/plugins/hostfns.go HostEnv (reduced).
type HostEnv struct {
	// RegisterUser finds-or-creates an authenticated Owncast user for an external
	// identity (users.register).
	RegisterUser func(pluginName string, req UserRegisterRequest) (userID string, err error)
}
