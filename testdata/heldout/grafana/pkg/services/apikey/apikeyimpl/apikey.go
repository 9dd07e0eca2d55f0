package apikeyimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/apikey"
	"example.com/heldout/grafana/pkg/storage/legacysql"
)

// Upstream: pkg/services/apikey/apikeyimpl/apikey.go (not read line by
// line; AddAPIKey forwards to the store).
type Service struct {
	store *sqlStore
}

func ProvideService(db db.DB) *Service {
	return &Service{store: &sqlStore{sql: legacysql.NewDatabaseProvider(db)}}
}

func (s *Service) AddAPIKey(ctx context.Context, cmd *apikey.AddCommand) (*apikey.APIKey, error) {
	return s.store.AddAPIKey(ctx, cmd)
}
