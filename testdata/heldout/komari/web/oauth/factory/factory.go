// Package factory reproduces web/oauth/factory of komari-monitor/komari
// da4d5187c1b1 (registry only; item parsing trimmed).
package factory

// IOidcProvider reproduces the provider interface (meta.go), trimmed.
type IOidcProvider interface {
	GetName() string
	GetConfiguration() any
	Init() error
	Destroy() error
}

type OidcConstructor func() IOidcProvider

var (
	providers           = make(map[string]IOidcProvider)
	providerConstructor = make(map[string]OidcConstructor)
)

func RegisterOidcProvider(constructor OidcConstructor) {
	provider := constructor()
	providerConstructor[provider.GetName()] = constructor
	providers[provider.GetName()] = provider
}

func GetAllOidcProviders() map[string]IOidcProvider {
	return providers
}

func GetConstructor(name string) (OidcConstructor, bool) {
	constructor, exists := providerConstructor[name]
	return constructor, exists
}
