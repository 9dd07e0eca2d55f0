package integrationkey

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/google/uuid"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/validation"
)

// Config reproduces integrationkey/config.go:99: IntKeyGetConfig is
// SELECT config FROM uik_config WHERE id = $1 FOR UPDATE
// (integrationkey/queries.sql:42-49); a missing row reads as an empty config.
func (s *Store) Config(ctx context.Context, db gadb.DBTX, keyID uuid.UUID) (*gadb.UIKConfigV1, error) {
	err := permission.LimitCheckAny(ctx, permission.User, permission.Service)
	if err != nil {
		return nil, err
	}

	cfg, err := gadb.New(db).IntKeyGetConfig(ctx, keyID)
	if errors.Is(err, sql.ErrNoRows) {
		return &gadb.UIKConfigV1{}, nil
	}
	if err != nil {
		return nil, err
	}

	if cfg.Version != 1 {
		return nil, fmt.Errorf("unsupported config version: %d", cfg.Version)
	}

	return &cfg.V1, nil
}

// SetConfig reproduces integrationkey/config.go:120 (config validation
// trimmed). The write is IntKeySetConfig: INSERT INTO uik_config ... ON
// CONFLICT (id) DO UPDATE SET config = $2 (integrationkey/queries.sql:51-56)
// on uik_config_pkey (id) (migrate/schema.sql:2568). Store.Create
// (integrationkey/store.go:117) also calls it for every new universal key.
func (s *Store) SetConfig(ctx context.Context, db gadb.DBTX, keyID uuid.UUID, cfg *gadb.UIKConfigV1) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	gdb := gadb.New(db)
	keyType, err := gdb.IntKeyGetType(ctx, keyID)
	if err != nil {
		return err
	}
	if keyType != gadb.EnumIntegrationKeysTypeUniversal {
		return validation.NewGenericError("config only supported for universal keys")
	}

	if cfg == nil {
		return nil // IntKeyDeleteConfig trimmed
	}

	// ensure all rule IDs are set, and all actions have a channel
	for i := range cfg.Rules {
		if cfg.Rules[i].ID == uuid.Nil {
			cfg.Rules[i].ID = uuid.New()
		}
		err := s.setActionChannels(ctx, db, cfg.Rules[i].Actions)
		if err != nil {
			return err
		}
	}
	err = s.setActionChannels(ctx, db, cfg.DefaultActions)
	if err != nil {
		return err
	}

	err = gadb.New(db).IntKeySetConfig(ctx, gadb.IntKeySetConfigParams{
		ID:     keyID,
		Config: gadb.UIKConfig{Version: 1, V1: *cfg},
	})
	if err != nil {
		return err
	}

	return nil
}

// setActionChannels reproduces integrationkey/config.go:172.
func (s *Store) setActionChannels(ctx context.Context, tx gadb.DBTX, actions []gadb.UIKActionV1) error {
	for i, act := range actions {
		ok, err := s.reg.IsDynamicAction(ctx, act.Dest.Type)
		if err != nil {
			return err
		}

		if !ok {
			return validation.NewFieldError(fmt.Sprintf("Actions[%d]", i), "invalid destination type")
		}

		actions[i].ChannelID, err = s.ncStore.MapDestToID(ctx, tx, act.Dest)
		if err != nil {
			return err
		}
	}

	return nil
}
