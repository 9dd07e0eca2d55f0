package destinations

import (
	"example.com/heldout/pgbackweb/internal/config"
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/integration"
	"example.com/heldout/pgbackweb/internal/service/webhooks"
)

type Service struct {
	env             config.Env
	dbgen           *dbgen.Queries
	ints            *integration.Integration
	webhooksService *webhooks.Service
}

func New(
	env config.Env, dbgen *dbgen.Queries, ints *integration.Integration,
	webhooksService *webhooks.Service,
) *Service {
	return &Service{
		env:             env,
		dbgen:           dbgen,
		ints:            ints,
		webhooksService: webhooksService,
	}
}
