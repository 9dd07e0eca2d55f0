package dao

import (
	"context"
	"time"

	bun "github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/models"
	"example.com/realworld/paralus/pkg/query"
	commonv3 "example.com/realworld/paralus/proto/types"
)

// CreateOrUpdateBootstrapInfra is internal/dao/bootstrap.go:18.
func CreateOrUpdateBootstrapInfra(ctx context.Context, db bun.IDB, infra *models.BootstrapInfra) error {

	_, err := db.NewInsert().On("CONFLICT (name) DO UPDATE").
		Set("ca_cert = ?", infra.CaCert).
		Set("ca_key = ?", infra.CaKey).
		Set("modified_at = ?", time.Now()).
		Model(infra).
		Where("bi.name = ?", infra.Name).Exec(ctx)
	return err
}

// GetBootstrapAgent is internal/dao/bootstrap.go:75.
func GetBootstrapAgent(ctx context.Context, db bun.IDB, templateRef string, opts *commonv3.QueryOptions) (*models.BootstrapAgent, error) {
	var ba models.BootstrapAgent
	q, err := query.Get(db.NewSelect().Model(&ba), opts)
	if err != nil {
		return nil, err
	}

	// - will be used to select all the agents
	// to cross template boundaries
	if templateRef != "-" {
		q = q.Where("template_ref = ?", templateRef)
	}

	err = q.Scan(ctx)

	return &ba, err
}

// CreateBootstrapAgent is internal/dao/bootstrap.go:124.
func CreateBootstrapAgent(ctx context.Context, db bun.IDB, ba *models.BootstrapAgent) error {
	ba.TokenState = "NotRegistered"
	_, err := Create(ctx, db, ba)
	return err
}

// GetBootstrapAgentForToken is internal/dao/bootstrap.go:197.
func GetBootstrapAgentForToken(ctx context.Context, db bun.IDB, token string) (*models.BootstrapAgent, error) {
	var ba models.BootstrapAgent
	err := db.NewSelect().Model(&ba).Where("token = ?", token).Scan(ctx)
	return &ba, err
}
