package api_keys

import (
	"context"
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/api_keys/repo"
	"example.com/heldout/convoy/internal/common"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the APIKeyRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.APIKeyRepository at compile time
var _ datastore.APIKeyRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

func (s *Service) CreateAPIKey(ctx context.Context, apiKey *datastore.APIKey) error {
	if apiKey == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("api key cannot be nil"))
	}

	// Convert role to database params
	roleType, roleProject, roleEndpoint := common.RoleToParams(apiKey.Role)

	// Convert user_id to pgtype.Text (can be null)
	userID := pgtype.Text{
		String: apiKey.UserID,
		Valid:  !util.IsStringEmpty(apiKey.UserID),
	}

	// Create API key
	err := s.repo.CreateAPIKey(ctx, repo.CreateAPIKeyParams{
		ID:           common.StringToPgText(apiKey.UID),
		Name:         common.StringToPgText(apiKey.Name),
		KeyType:      common.StringToPgText(string(apiKey.Type)),
		MaskID:       common.StringToPgText(apiKey.MaskID),
		RoleType:     roleType,
		RoleProject:  roleProject,
		RoleEndpoint: roleEndpoint,
		Hash:         common.StringToPgText(apiKey.Hash),
		Salt:         common.StringToPgText(apiKey.Salt),
		UserID:       userID,
		ExpiresAt:    common.NullTimeToPgTimestamptz(apiKey.ExpiresAt),
	})

	if err != nil {
		s.logger.Error("failed to create api key", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

func (s *Service) GetAPIKeyByProjectID(ctx context.Context, projectID string) (*datastore.APIKey, error) {
	row, err := s.repo.FindAPIKeyByProjectID(ctx, common.StringToPgText(projectID))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrAPIKeyNotFound
		}
		s.logger.Error("failed to find api key by project id", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	apiKey := s.rowToAPIKey(row)
	return &apiKey, nil
}

// RevokeAPIKeys revokes (soft deletes) multiple API keys
func (s *Service) RevokeAPIKeys(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil // No-op for empty array
	}

	err := s.repo.RevokeAPIKeys(ctx, ids)
	if err != nil {
		s.logger.Error("failed to revoke api keys", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

// rowToAPIKey (reduced to the row type kept in repo)
func (s *Service) rowToAPIKey(r repo.FindAPIKeyByProjectIDRow) datastore.APIKey {
	return datastore.APIKey{
		UID:       r.ID,
		Name:      r.Name,
		Type:      datastore.KeyType(r.KeyType),
		MaskID:    r.MaskID,
		Role:      auth.Role{Type: auth.RoleType(r.RoleType.String), Project: r.RoleProject.String, Endpoint: r.RoleEndpoint.String},
		Hash:      r.Hash,
		Salt:      r.Salt,
		UserID:    r.UserID.String,
		CreatedAt: r.CreatedAt.Time,
		UpdatedAt: r.UpdatedAt.Time,
		ExpiresAt: common.PgTimestamptzToNullTime(r.ExpiresAt),
		DeletedAt: common.PgTimestamptzToNullTime(r.DeletedAt),
	}
}
