package organisation_invites

import (
	"context"
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/organisation_invites/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Service implements the OrganisationInviteRepository using SQLc-generated queries
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
}

// Ensure Service implements datastore.OrganisationInviteRepository at compile time
var _ datastore.OrganisationInviteRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
	}
}

func (s *Service) CreateOrganisationInvite(ctx context.Context, iv *datastore.OrganisationInvite) error {
	if iv == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("organisation invite cannot be nil"))
	}

	// Convert role to database params
	roleTypePg, roleProjectPg, roleEndpointPg := common.RoleToParams(iv.Role)

	err := s.repo.CreateOrganisationInvite(ctx, repo.CreateOrganisationInviteParams{
		ID:             common.StringToPgText(iv.UID),
		OrganisationID: common.StringToPgText(iv.OrganisationID),
		InviteeEmail:   common.StringToPgText(iv.InviteeEmail),
		Token:          common.StringToPgText(iv.Token),
		RoleType:       roleTypePg,
		RoleProject:    roleProjectPg,
		RoleEndpoint:   roleEndpointPg,
		Status:         common.StringToPgText(string(iv.Status)),
		ExpiresAt:      pgtype.Timestamptz{Time: iv.ExpiresAt, Valid: true},
	})

	if err != nil {
		s.logger.Error("failed to create organisation invite", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

// UpdateOrganisationInvite updates an existing organisation invite
func (s *Service) UpdateOrganisationInvite(ctx context.Context, iv *datastore.OrganisationInvite) error {
	if iv == nil {
		return util.NewServiceError(http.StatusBadRequest, errors.New("organisation invite cannot be nil"))
	}

	// Convert role to database params
	roleTypePg, roleProjectPg, roleEndpointPg := common.RoleToParams(iv.Role)

	err := s.repo.UpdateOrganisationInvite(ctx, repo.UpdateOrganisationInviteParams{
		ID:           common.StringToPgText(iv.UID),
		RoleType:     roleTypePg,
		RoleProject:  roleProjectPg,
		RoleEndpoint: roleEndpointPg,
		Status:       common.StringToPgText(string(iv.Status)),
		ExpiresAt:    pgtype.Timestamptz{Time: iv.ExpiresAt, Valid: true},
		DeletedAt:    common.NullTimeToPgTimestamptz(iv.DeletedAt),
	})

	if err != nil {
		s.logger.Error("failed to update organisation invite", "error", err)
		return util.NewServiceError(http.StatusInternalServerError, err)
	}

	return nil
}

func (s *Service) FetchOrganisationInviteByToken(ctx context.Context, token string) (*datastore.OrganisationInvite, error) {
	row, err := s.repo.FetchOrganisationInviteByToken(ctx, common.StringToPgText(token))
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrOrgInviteNotFound
		}
		s.logger.Error("failed to fetch organisation invite by token", "error", err)
		return nil, util.NewServiceError(http.StatusInternalServerError, err)
	}

	invite := rowToOrganisationInvite(row)
	return &invite, nil
}

// CountOrganisationInvites counts active (non-deleted) invites for an organisation in the given status
func (s *Service) CountOrganisationInvites(ctx context.Context, orgID string, inviteStatus datastore.InviteStatus) (int64, error) {
	count, err := s.repo.CountOrganisationInvites(ctx, repo.CountOrganisationInvitesParams{
		OrganisationID: common.StringToPgText(orgID),
		Status:         common.StringToPgText(string(inviteStatus)),
	})
	if err != nil {
		s.logger.Error("failed to count organisation invites", "error", err)
		return 0, util.NewServiceError(http.StatusInternalServerError, err)
	}

	return count.Int64, nil
}

func rowToOrganisationInvite(r repo.FetchOrganisationInviteByTokenRow) datastore.OrganisationInvite {
	return datastore.OrganisationInvite{
		UID:            r.ID,
		OrganisationID: r.OrganisationID,
		InviteeEmail:   r.InviteeEmail,
		Token:          r.Token,
		Status:         datastore.InviteStatus(r.Status),
		Role:           authRole(r.RoleType, r.RoleProject, r.RoleEndpoint),
		CreatedAt:      r.CreatedAt.Time,
		UpdatedAt:      r.UpdatedAt.Time,
		ExpiresAt:      r.ExpiresAt.Time,
	}
}

func authRole(roleType string, roleProject, roleEndpoint pgtype.Text) auth.Role {
	return auth.Role{Type: auth.RoleType(roleType), Project: roleProject.String, Endpoint: roleEndpoint.String}
}
