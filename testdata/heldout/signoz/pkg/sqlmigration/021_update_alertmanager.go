package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/types"
	"github.com/uptrace/bun"
)

type updateAlertmanager struct{}

// newAlertmanagerConfig reproduces 021_update_alertmanager.go:51: the table
// alertmanager_config is recreated from this model, `unique` on org_id.
type newAlertmanagerConfig struct {
	bun.BaseModel `bun:"table:alertmanager_config_new"`
	types.Identifiable
	types.TimeAuditable
	Config string `bun:"config,notnull,type:text"`
	Hash   string `bun:"hash,notnull,type:text"`
	OrgID  string `bun:"org_id,notnull,unique"`
}

func (migration *updateAlertmanager) Up(ctx context.Context, db *bun.DB) error {
	// upstream: RenameTableAndModifyModel(ctx, tx, new(existingAlertmanagerConfig), new(newAlertmanagerConfig), ...)
	_, err := db.NewCreateTable().Model(new(newAlertmanagerConfig)).IfNotExists().Exec(ctx)
	return err
}
