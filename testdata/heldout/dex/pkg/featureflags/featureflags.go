// Package featureflags reduces upstream pkg/featureflags.
package featureflags

type flag struct {
	Name    string
	Default bool
}

// Enabled reports whether the flag is on.
func (f *flag) Enabled() bool { return f.Default }

func newFlag(s string, d bool) *flag { return &flag{Name: s, Default: d} }

// APIConnectorsCRUD allows CRUD operations on connectors through the gRPC API
// (upstream pkg/featureflags/set.go:13).
var APIConnectorsCRUD = newFlag("api_connectors_crud", false)
