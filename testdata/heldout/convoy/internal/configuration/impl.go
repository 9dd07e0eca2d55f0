package configuration

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/configuration/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the ConfigurationRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.ConfigurationRepository at compile time
var _ datastore.ConfigurationRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// boolToText converts bool to "true"/"false" string for database storage
func boolToText(b bool) string {
	return strconv.FormatBool(b)
}

// textToBool converts "true"/"false" string to bool
func textToBool(s string) bool {
	return s == "true"
}

// configurationToCreateParams converts Configuration to CreateConfigurationParams
// (the per-backend storage columns, setStoragePolicyCreateParams, are not reproduced)
func configurationToCreateParams(cfg *datastore.Configuration) repo.CreateConfigurationParams {
	params := repo.CreateConfigurationParams{
		ID:                 common.StringToPgText(cfg.UID),
		IsAnalyticsEnabled: common.StringToPgText(boolToText(cfg.IsAnalyticsEnabled)),
		IsSignupEnabled:    pgtype.Bool{Bool: cfg.IsSignupEnabled, Valid: true},
	}

	// Handle storage policy based on type
	if cfg.StoragePolicy != nil {
		params.StoragePolicyType = common.StringToPgText(string(cfg.StoragePolicy.Type))
	}

	// Handle retention policy
	rc := cfg.GetRetentionPolicyConfig()
	params.RetentionPolicyPolicy = common.StringToPgText(rc.Policy)
	params.RetentionPolicyEnabled = pgtype.Bool{Bool: rc.IsRetentionPolicyEnabled, Valid: true}

	return params
}

func configurationToUpdateParams(cfg *datastore.Configuration) repo.UpdateConfigurationParams {
	params := repo.UpdateConfigurationParams{
		ID:                 common.StringToPgText(cfg.UID),
		IsAnalyticsEnabled: common.StringToPgText(boolToText(cfg.IsAnalyticsEnabled)),
		IsSignupEnabled:    pgtype.Bool{Bool: cfg.IsSignupEnabled, Valid: true},
	}

	// Handle storage policy based on type
	if cfg.StoragePolicy != nil {
		params.StoragePolicyType = common.StringToPgText(string(cfg.StoragePolicy.Type))
	}

	// Handle retention policy
	rc := cfg.GetRetentionPolicyConfig()
	params.RetentionPolicyPolicy = common.StringToPgText(rc.Policy)
	params.RetentionPolicyEnabled = pgtype.Bool{Bool: rc.IsRetentionPolicyEnabled, Valid: true}

	return params
}

func rowToConfiguration(row repo.LoadConfigurationRow) *datastore.Configuration {
	cfg := &datastore.Configuration{
		UID:                row.ID,
		IsAnalyticsEnabled: textToBool(row.IsAnalyticsEnabled),
		IsSignupEnabled:    row.IsSignupEnabled,
		CreatedAt:          row.CreatedAt.Time,
		UpdatedAt:          row.UpdatedAt.Time,
		DeletedAt:          common.PgTimestamptzToNullTime(row.DeletedAt),
	}

	// Reconstruct storage policy
	cfg.StoragePolicy = &datastore.StoragePolicyConfiguration{
		Type: datastore.StorageType(row.StoragePolicyType),
	}

	// Reconstruct retention policy
	cfg.RetentionPolicy = &datastore.RetentionPolicyConfiguration{
		Policy:                   row.RetentionPolicyPolicy,
		IsRetentionPolicyEnabled: row.RetentionPolicyEnabled,
	}

	return cfg
}

// CreateConfiguration creates a new configuration
func (s *Service) CreateConfiguration(ctx context.Context, cfg *datastore.Configuration) error {
	if cfg == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("configuration cannot be nil"))
	}

	params := configurationToCreateParams(cfg)

	err := s.repo.CreateConfiguration(ctx, params)
	if err != nil {
		s.logger.Error("failed to create configuration", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

// LoadConfiguration loads the single configuration (should only be one)
func (s *Service) LoadConfiguration(ctx context.Context) (*datastore.Configuration, error) {
	row, err := s.repo.LoadConfiguration(ctx)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrConfigNotFound
		}
		s.logger.Error("failed to load configuration", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	cfg := rowToConfiguration(row)
	return cfg, nil
}

// UpdateConfiguration updates an existing configuration
func (s *Service) UpdateConfiguration(ctx context.Context, cfg *datastore.Configuration) error {
	if cfg == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("configuration cannot be nil"))
	}

	params := configurationToUpdateParams(cfg)

	result, err := s.repo.UpdateConfiguration(ctx, params)
	if err != nil {
		s.logger.Error("failed to update configuration", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	if result.RowsAffected() == 0 {
		return util.NewServiceError(http.StatusNotFound, errors.New("configuration not found or not updated"))
	}

	return nil
}
