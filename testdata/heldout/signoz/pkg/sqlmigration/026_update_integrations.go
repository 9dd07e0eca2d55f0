package sqlmigration

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/types"
	"github.com/uptrace/bun"
)

type updateIntegrations struct{}

// newInstalledIntegration reproduces 026_update_integrations.go:47: the table
// installed_integration is recreated from this model with
// unique:org_id_type on (type, org_id).
type newInstalledIntegration struct {
	bun.BaseModel `bun:"table:installed_integration"`

	types.Identifiable
	Type        string    `json:"type" bun:"type,type:text,unique:org_id_type"`
	Config      string    `json:"config" bun:"config,type:text"`
	InstalledAt time.Time `json:"installed_at" bun:"installed_at,default:current_timestamp"`
	OrgID       string    `json:"org_id" bun:"org_id,type:text,unique:org_id_type"`
}

func (migration *updateIntegrations) Up(ctx context.Context, db *bun.DB) error {
	// upstream :142: RenameTableAndModifyModel(ctx, tx, new(existingInstalledIntegration), new(newInstalledIntegration), ...)
	_, err := db.NewCreateTable().Model(new(newInstalledIntegration)).IfNotExists().Exec(ctx)
	return err
}
