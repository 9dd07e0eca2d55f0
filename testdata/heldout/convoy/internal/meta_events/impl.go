package meta_events

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/meta_events/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the MetaEventRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.MetaEventRepository at compile time
var _ datastore.MetaEventRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// metadataToJSONB converts *datastore.Metadata to JSONB []byte
func metadataToJSONB(m *datastore.Metadata) ([]byte, error) {
	if m == nil {
		return nil, nil
	}
	return json.Marshal(m)
}

// CreateMetaEvent creates a new meta event
func (s *Service) CreateMetaEvent(ctx context.Context, metaEvent *datastore.MetaEvent) error {
	if metaEvent == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("meta event cannot be nil"))
	}

	// Convert metadata to JSONB
	metadataBytes, err := metadataToJSONB(metaEvent.Metadata)
	if err != nil {
		s.logger.Error("failed to marshal metadata", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	err = s.repo.CreateMetaEvent(ctx, repo.CreateMetaEventParams{
		ID:        common.StringToPgText(metaEvent.UID),
		EventType: common.StringToPgText(metaEvent.EventType),
		ProjectID: common.StringToPgText(metaEvent.ProjectID),
		Metadata:  metadataBytes,
		Status:    common.StringToPgText(string(metaEvent.Status)),
	})

	if err != nil {
		s.logger.Error("failed to create meta event", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}
