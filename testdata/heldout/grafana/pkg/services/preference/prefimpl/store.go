package prefimpl

import (
	"context"

	pref "example.com/heldout/grafana/pkg/services/preference"
)

// Upstream: pkg/services/preference/prefimpl/store.go (interface, trimmed).
type store interface {
	Get(context.Context, *pref.Preference) (*pref.Preference, error)
	Update(context.Context, *pref.Preference) error
	Insert(context.Context, *pref.Preference) (int64, error)
}
