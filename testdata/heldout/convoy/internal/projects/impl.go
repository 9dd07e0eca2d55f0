package projects

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/projects/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the ProjectRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.ProjectRepository at compile time
var _ datastore.ProjectRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

func (s *Service) FetchProjectByID(ctx context.Context, id string) (*datastore.Project, error) {
	row, err := s.repo.FetchProjectByID(ctx, common.StringToPgTextNullable(id))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrProjectNotFound
		}
		s.logger.Error("failed to fetch project by id", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	project, err := rowToProject(row)
	if err != nil {
		s.logger.Error("failed to convert row to project", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return project, nil
}

// rowToProject (reduced: only the config fields the reproduced chains read)
func rowToProject(row repo.FetchProjectByIDRow) (*datastore.Project, error) {
	var eventTypes []string
	if row.ConfigMetaEventsEventType.Valid && row.ConfigMetaEventsEventType.String != "" {
		eventTypes = strings.Split(strings.Trim(row.ConfigMetaEventsEventType.String, "{}"), ",")
	}

	return &datastore.Project{
		UID:             row.ID,
		Name:            row.Name,
		Type:            datastore.ProjectType(row.Type),
		LogoURL:         row.LogoUrl.String,
		OrganisationID:  row.OrganisationID,
		ProjectConfigID: row.ProjectConfigurationID,
		Config: &datastore.ProjectConfig{
			MaxIngestSize:                 uint64(row.ConfigMaxPayloadReadSize),
			MultipleEndpointSubscriptions: row.ConfigMultipleEndpointSubscriptions,
			AllowUnmatchedDynamicURLs:     row.ConfigAllowUnmatchedDynamicUrls,
			Strategy: &datastore.StrategyConfiguration{
				Type:       datastore.StrategyProvider(row.ConfigStrategyType),
				Duration:   uint64(row.ConfigStrategyDuration),
				RetryCount: uint64(row.ConfigStrategyRetryCount),
			},
			MetaEvent: &datastore.MetaEventConfiguration{
				IsEnabled: row.ConfigMetaEventsEnabled,
				EventType: eventTypes,
				URL:       row.ConfigMetaEventsUrl.String,
			},
		},
		CreatedAt: row.CreatedAt.Time,
		UpdatedAt: row.UpdatedAt.Time,
		DeletedAt: common.PgTimestamptzToNullTime(row.DeletedAt),
	}, nil
}
