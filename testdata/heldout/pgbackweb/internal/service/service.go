package service

import (
	"example.com/heldout/pgbackweb/internal/config"
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/integration"
	"example.com/heldout/pgbackweb/internal/service/auth"
	"example.com/heldout/pgbackweb/internal/service/databases"
	"example.com/heldout/pgbackweb/internal/service/destinations"
	"example.com/heldout/pgbackweb/internal/service/executions"
	"example.com/heldout/pgbackweb/internal/service/restorations"
	"example.com/heldout/pgbackweb/internal/service/users"
	"example.com/heldout/pgbackweb/internal/service/webhooks"
)

// Service is trimmed: upstream also holds BackupsService (backups.New(dbgen,
// cr, executionsService)), which has no lookup-then-insert.
type Service struct {
	AuthService         *auth.Service
	DatabasesService    *databases.Service
	DestinationsService *destinations.Service
	ExecutionsService   *executions.Service
	UsersService        *users.Service
	RestorationsService *restorations.Service
	WebhooksService     *webhooks.Service
}

func New(
	env config.Env, dbgen *dbgen.Queries, ints *integration.Integration,
) *Service {
	webhooksService := webhooks.New(dbgen)
	authService := auth.New(env, dbgen)
	databasesService := databases.New(env, dbgen, ints, webhooksService)
	destinationsService := destinations.New(env, dbgen, ints, webhooksService)
	executionsService := executions.New(env, dbgen, ints, webhooksService)
	usersService := users.New(dbgen)
	restorationsService := restorations.New(
		dbgen, ints, executionsService, databasesService, destinationsService,
	)

	return &Service{
		AuthService:         authService,
		DatabasesService:    databasesService,
		DestinationsService: destinationsService,
		ExecutionsService:   executionsService,
		UsersService:        usersService,
		RestorationsService: restorationsService,
		WebhooksService:     webhooksService,
	}
}
