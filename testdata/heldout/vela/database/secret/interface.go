package secret

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// SecretInterface reproduces database/secret/interface.go (trimmed to the methods the
// reproduced paths call).
type SecretInterface interface {
	CreateSecretTables(context.Context, string) error
	FillSecretAllowlist(context.Context, *api.Secret) (*api.Secret, error)
	GetSecretForRepo(context.Context, string, *api.Repo) (*api.Secret, error)
	UpdateSecret(context.Context, *api.Secret) (*api.Secret, error)
}
