// Package authn reproduces photoprism/photoprism 382ffa89927f pkg/authn (providers only).
package authn

// Provider is pkg/authn/providers.go Provider.
type Provider string

// Providers, pkg/authn/providers.go.
const (
	ProviderNone Provider = "none"
	ProviderOIDC Provider = "oidc"
)

// String returns the provider as string.
func (t Provider) String() string { return string(t) }

// Equal checks if the type matches the specified string.
func (t Provider) Equal(s string) bool { return string(t) == s }

// NotEqual checks if the type does not match the specified string.
func (t Provider) NotEqual(s string) bool { return !t.Equal(s) }
