// Package types is server/forge/types, reduced.
package types

// OAuthRequest is server/forge/types/oauth.go.
type OAuthRequest struct {
	Code  string
	State string
}

// FileMeta represents a file in version control (server/forge/types/meta.go).
type FileMeta struct {
	Name string
	Data []byte
}
