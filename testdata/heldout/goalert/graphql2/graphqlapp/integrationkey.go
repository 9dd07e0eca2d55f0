package graphqlapp

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/validation/validate"
)

// UpdateKeyConfigInput reproduces graphql2.UpdateKeyConfigInput (trimmed).
type UpdateKeyConfigInput struct {
	KeyID          string
	Rules          []gadb.UIKRuleV1
	DefaultActions []gadb.UIKActionV1
}

// UpdateKeyConfig reproduces graphql2/graphqlapp/integrationkey.go:101
// (rule editing branches trimmed): read the config FOR UPDATE (a missing
// row reads as an empty config), change it, write it back with an upsert.
func (m *Mutation) UpdateKeyConfig(ctx context.Context, input UpdateKeyConfigInput) (bool, error) {
	err := withContextTx(ctx, m.DB, func(ctx context.Context, tx *sql.Tx) error {
		id, err := validate.ParseUUID("IntegrationKey.ID", input.KeyID)
		if err != nil {
			return err
		}

		// near-miss N17: config lookup (FOR UPDATE; ErrNoRows -> empty config), then SetConfig's upsert.
		cfg, err := m.IntKeyStore.Config(ctx, tx, id) // safe: the write is IntKeySetConfig, INSERT ... ON CONFLICT (id) DO UPDATE on uik_config_pkey (id); an existing row is also locked FOR UPDATE by the lookup
		if err != nil {
			return err
		}

		if input.Rules != nil {
			cfg.Rules = input.Rules
		}
		for i := range cfg.Rules {
			if cfg.Rules[i].ID == uuid.Nil {
				cfg.Rules[i].ID = uuid.New()
			}
		}

		if input.DefaultActions != nil {
			cfg.DefaultActions = input.DefaultActions
		}

		err = m.IntKeyStore.SetConfig(ctx, tx, id, cfg)
		return err
	})
	if err != nil {
		return false, err
	}

	return true, nil
}
