// Package serviceaccount reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/serviceaccount (the Module interface).
package serviceaccount

import (
	"context"

	"example.com/heldout/signoz/pkg/types/serviceaccounttypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type Config struct {
	Email EmailConfig
}

type EmailConfig struct {
	Domain string
}

type Module interface {
	GetOrCreate(context.Context, valuer.UUID, *serviceaccounttypes.ServiceAccount) (*serviceaccounttypes.ServiceAccount, error)
	SetRoleByName(context.Context, valuer.UUID, valuer.UUID, string) (*serviceaccounttypes.ServiceAccountRole, error)
	GetOrCreateFactorAPIKey(context.Context, *serviceaccounttypes.FactorAPIKey) (*serviceaccounttypes.FactorAPIKey, error)
	Config() Config
}
