// Package encoding is a reduced copy of lakeFS pkg/auth/oidc/encoding.
package encoding

// Claims represents the claims of an ID token.
type Claims map[string]any
