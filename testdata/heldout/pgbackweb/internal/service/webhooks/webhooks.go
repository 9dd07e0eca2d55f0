package webhooks

import (
	"example.com/heldout/pgbackweb/internal/database/dbgen"
	"example.com/heldout/pgbackweb/pkg/enum"
)

type (
	eventType     = enum.Member[eventTypeData]
	eventTypeData struct {
		Key  string
		Name string
	}
)

var (
	EventTypeDatabaseHealthy = eventType{
		Value: eventTypeData{Key: "database_healthy", Name: "Database healthy"},
	}
	EventTypeDatabaseUnhealthy = eventType{
		Value: eventTypeData{Key: "database_unhealthy", Name: "Database unhealthy"},
	}

	EventTypeDestinationHealthy = eventType{
		Value: eventTypeData{Key: "destination_healthy", Name: "Destination healthy"},
	}
	EventTypeDestinationUnhealthy = eventType{
		Value: eventTypeData{Key: "destination_unhealthy", Name: "Destination unhealthy"},
	}

	EventTypeExecutionSuccess = eventType{
		Value: eventTypeData{Key: "execution_success", Name: "Execution success"},
	}
	EventTypeExecutionFailed = eventType{
		Value: eventTypeData{Key: "execution_failed", Name: "Execution failed"},
	}
)

type Service struct {
	dbgen *dbgen.Queries
}

func New(
	dbgen *dbgen.Queries,
) *Service {
	return &Service{
		dbgen: dbgen,
	}
}
