package restorations

import (
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/internal/integration"
	"example.com/heldout/pgbackweb/internal/service/databases"
	"example.com/heldout/pgbackweb/internal/service/destinations"
	"example.com/heldout/pgbackweb/internal/service/executions"
)

type Service struct {
	dbgen               *dbgen.Queries
	ints                *integration.Integration
	executionsService   *executions.Service
	databasesService    *databases.Service
	destinationsService *destinations.Service
}

func New(
	dbgen *dbgen.Queries, ints *integration.Integration,
	executionsService *executions.Service, databasesService *databases.Service,
	destinationsService *destinations.Service,
) *Service {
	return &Service{
		dbgen:               dbgen,
		ints:                ints,
		executionsService:   executionsService,
		databasesService:    databasesService,
		destinationsService: destinationsService,
	}
}
