package teamimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/team"
	"example.com/heldout/grafana/pkg/storage/legacysql"
)

// Upstream: pkg/services/team/teamimpl/team.go (not read line by line; the
// newest Grafana wraps this legacy service with a Kubernetes redirect,
// pkg/services/team/k8s_redirect.go, which bypasses this store when enabled).
type Service struct {
	store store
}

func ProvideService(db db.DB) *Service {
	return &Service{store: &xormStore{sql: legacysql.NewDatabaseProvider(db)}}
}

func (s *Service) CreateTeam(ctx context.Context, cmd *team.CreateTeamCommand) (team.Team, error) {
	return s.store.Create(ctx, cmd)
}

func (s *Service) UpdateTeam(ctx context.Context, cmd *team.UpdateTeamCommand) error {
	return s.store.Update(ctx, cmd)
}
