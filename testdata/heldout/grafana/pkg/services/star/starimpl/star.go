package starimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/star"
)

// Upstream: pkg/services/star/starimpl/star.go (commit
// 0a7b20b9318a3d488f45d8ecf0f8ca58e907fb44, an older stored version; Add is
// Validate + store.Insert, no IsStarredByUser check first).
type Service struct {
	store *sqlStore
}

func ProvideService(db db.DB) *Service {
	return &Service{store: &sqlStore{db: db}}
}

func (s *Service) Add(ctx context.Context, cmd *star.StarDashboardCommand) error {
	if err := cmd.Validate(); err != nil {
		return err
	}
	return s.store.Insert(ctx, cmd)
}
