package organisations

import (
	"context"
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/organisations/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the OrganisationRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.OrganisationRepository at compile time
var _ datastore.OrganisationRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// FetchOrganisationByID retrieves an organisation by its ID
func (s *Service) FetchOrganisationByID(ctx context.Context, id string) (*datastore.Organisation, error) {
	row, err := s.repo.FetchOrganisationByID(ctx, common.StringToPgText(id))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrOrgNotFound
		}
		s.logger.Error("failed to fetch organisation by id", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return &datastore.Organisation{
		UID:            row.ID,
		OwnerID:        row.OwnerID,
		Name:           row.Name,
		CustomDomain:   common.PgTextToNullString(row.CustomDomain),
		AssignedDomain: common.PgTextToNullString(row.AssignedDomain),
		LicenseData:    row.LicenseData.String,
		CreatedAt:      row.CreatedAt.Time,
		UpdatedAt:      row.UpdatedAt.Time,
		DeletedAt:      common.PgTimestamptzToNullTime(row.DeletedAt),
	}, nil
}

// CreateOrganisation creates a new organisation
func (s *Service) CreateOrganisation(ctx context.Context, org *datastore.Organisation) error {
	if org == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("organisation cannot be nil"))
	}

	err := s.repo.CreateOrganisation(ctx, repo.CreateOrganisationParams{
		ID:             common.StringToPgTextNullable(org.UID),
		Name:           common.StringToPgTextNullable(org.Name),
		OwnerID:        common.StringToPgTextNullable(org.OwnerID),
		CustomDomain:   common.NullStringToPgText(org.CustomDomain),
		AssignedDomain: common.NullStringToPgText(org.AssignedDomain),
		LicenseData:    common.StringToPgTextNullable(org.LicenseData),
	})

	if err != nil {
		s.logger.Error("failed to create organisation", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}
