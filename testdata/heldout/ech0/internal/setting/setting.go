// Package setting reproduces internal/setting/setting.go (the Spec engine and
// the start-up seeder).
package setting

import (
	"context"
	"encoding/json"
	"errors"

	"example.com/heldout/ech0/internal/kvstore"
)

// Spec is internal/setting/setting.go:29.
type Spec[T any] struct {
	Key       string
	Default   func() T
	Normalize func(*T)
	Migrate   func(context.Context, kvstore.Store) (T, bool)
}

// Get is internal/setting/setting.go:49.
func Get[T any](ctx context.Context, kv kvstore.Store, spec Spec[T]) (T, error) {
	raw, err := kv.Get(ctx, spec.Key)
	if err != nil {
		v := spec.Default()
		if spec.Normalize != nil {
			spec.Normalize(&v)
		}
		if errors.Is(err, kvstore.ErrNotFound) {
			return v, nil
		}
		return v, err
	}

	var v T
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		v = spec.Default()
		if spec.Normalize != nil {
			spec.Normalize(&v)
		}
		return v, err
	}
	if spec.Normalize != nil {
		spec.Normalize(&v)
	}
	return v, nil
}

// Set is internal/setting/setting.go:81.
func Set[T any](ctx context.Context, kv kvstore.Store, spec Spec[T], value T) error {
	if spec.Normalize != nil {
		spec.Normalize(&value)
	}
	buf, err := json.Marshal(value)
	if err != nil {
		return err
	}
	return kv.Set(ctx, spec.Key, string(buf))
}

type seedable interface {
	seed(ctx context.Context, kv kvstore.Store) error
}

// seed is internal/setting/setting.go:100.
func (s Spec[T]) seed(ctx context.Context, kv kvstore.Store) error {
	if _, err := kv.Get(ctx, s.Key); err == nil { // safe: only reached from Seed, run once in the app's BeforeStart hook (internal/app/provider.go:32-33) before the HTTP server starts; the write is kv.Set (update, then insert when no row)
		return nil
	} else if !errors.Is(err, kvstore.ErrNotFound) {
		return err
	}

	var v T
	if s.Migrate != nil {
		if migrated, ok := s.Migrate(ctx, kv); ok {
			v = migrated
		} else {
			v = s.Default()
		}
	} else {
		v = s.Default()
	}
	if s.Normalize != nil {
		s.Normalize(&v)
	}

	buf, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return kv.Set(ctx, s.Key, string(buf))
}

// SystemSetting is the subset of the system setting used by Register.
type SystemSetting struct {
	AllowRegister bool   `json:"allow_register"`
	DefaultLocale string `json:"default_locale"`
}

// System is the system settings spec of internal/setting/registry.go.
var System = Spec[SystemSetting]{
	Key:     "system_settings",
	Default: func() SystemSetting { return SystemSetting{AllowRegister: true, DefaultLocale: "zh-CN"} },
}

var registry = []seedable{System}

// Seed is internal/setting/setting.go:130, called once from the app's
// BeforeStart hook (internal/app/provider.go:33).
func Seed(ctx context.Context, kv kvstore.Store) error {
	for _, s := range registry {
		if err := s.seed(ctx, kv); err != nil {
			return err
		}
	}
	return nil
}
