// Package alertmanagertypes reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/types/alertmanagertypes (config.go, store.go):
// the per-org alertmanager configuration row.
package alertmanagertypes

import (
	"context"
	"crypto/md5"
	"fmt"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var ErrCodeAlertmanagerConfigNotFound = errors.MustNewCode("alertmanager_config_not_found")

// StoreableConfig reproduces config.go:45 (table alertmanager_config; unique
// org_id, 021_update_alertmanager.go:57).
type StoreableConfig struct {
	bun.BaseModel `bun:"table:alertmanager_config"`

	types.Identifiable
	types.TimeAuditable
	Config string `bun:"config"`
	Hash   string `bun:"hash"`
	OrgID  string `bun:"org_id"`
}

// Config is the type for the entire alertmanager configuration (the parsed
// alertmanager config is trimmed to its raw text).
type Config struct {
	storeableConfig *StoreableConfig
}

func NewConfigFromStoreableConfig(sc *StoreableConfig) (*Config, error) {
	return &Config{storeableConfig: sc}, nil
}

// NewDefaultConfig reproduces config.go:132: a fresh id for a new row.
func NewDefaultConfig(orgID string) (*Config, error) {
	raw := "route: {receiver: default-receiver}\nreceivers: [{name: default-receiver}]\n"
	return &Config{storeableConfig: &StoreableConfig{
		Identifiable:  types.Identifiable{ID: valuer.GenerateUUID()},
		TimeAuditable: types.TimeAuditable{CreatedAt: time.Now(), UpdatedAt: time.Now()},
		Config:        raw,
		Hash:          fmt.Sprintf("%x", md5.Sum([]byte(raw))),
		OrgID:         orgID,
	}}, nil
}

func (c *Config) StoreableConfig() *StoreableConfig {
	return c.storeableConfig
}

type StoreOptions struct {
	Cb func(context.Context) error
}

type StoreOption func(*StoreOptions)

func NewStoreOptions(opts ...StoreOption) *StoreOptions {
	o := &StoreOptions{}
	for _, opt := range opts {
		opt(o)
	}
	return o
}

// ConfigStore reproduces config.go:541 (trimmed).
type ConfigStore interface {
	// Set creates or updates a config.
	Set(context.Context, *Config, ...StoreOption) error

	// Get returns the config for the given orgID
	Get(context.Context, string) (*Config, error)
}
