package organisation_members

import (
	"context"
	"errors"
	"net/http"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/organisation_members/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the OrganisationMemberRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.OrganisationMemberRepository at compile time
var _ datastore.OrganisationMemberRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

// CreateOrganisationMember creates a new organisation member
func (s *Service) CreateOrganisationMember(ctx context.Context, member *datastore.OrganisationMember) error {
	if member == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("organisation member cannot be nil"))
	}

	roleTypePg, roleProjectPg, roleEndpointPg := common.RoleToParams(member.Role)

	err := s.repo.CreateOrganisationMember(ctx, repo.CreateOrganisationMemberParams{
		ID:             common.StringToPgText(member.UID),
		OrganisationID: common.StringToPgText(member.OrganisationID),
		UserID:         common.StringToPgText(member.UserID),
		RoleType:       roleTypePg,
		RoleProject:    roleProjectPg,
		RoleEndpoint:   roleEndpointPg,
	})

	if err != nil {
		s.logger.Error("failed to create organisation member", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

func (s *Service) CountOrganisationMembers(ctx context.Context, organisationID string) (int64, error) {
	count, err := s.repo.CountOrganisationMembers(ctx, common.StringToPgText(organisationID))
	if err != nil {
		s.logger.Error("failed to count organisation members", "error", err)
		return 0, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return count.Int64, nil
}
