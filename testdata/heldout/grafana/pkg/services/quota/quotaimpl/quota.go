package quotaimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/quota"
	"example.com/heldout/grafana/pkg/storage/legacysql"
)

// Upstream: pkg/services/quota/quotaimpl/quota.go (not read line by line;
// Update forwards to the store).
type service struct {
	store store
}

func ProvideService(db db.DB) *service {
	return &service{store: &sqlStore{sql: legacysql.NewDatabaseProvider(db)}}
}

func (s *service) Update(ctx context.Context, cmd *quota.UpdateQuotaCmd) error {
	return s.store.Update(quota.FromContext(ctx), cmd)
}
