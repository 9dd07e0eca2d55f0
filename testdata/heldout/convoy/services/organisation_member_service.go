package services

import (
	"context"
	"errors"
	"net/http"
	"time"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

type OrganisationMemberService struct {
	orgMemberRepo datastore.OrganisationMemberRepository
	licenser      license.Licenser
	logger        log.Logger
}

func NewOrganisationMemberService(orgMemberRepo datastore.OrganisationMemberRepository, licenser license.Licenser, logger log.Logger) *OrganisationMemberService {
	return &OrganisationMemberService{orgMemberRepo: orgMemberRepo, licenser: licenser, logger: logger}
}

func (om *OrganisationMemberService) CreateOrganisationMember(ctx context.Context, org *datastore.Organisation, user *datastore.User, role *auth.Role) (*datastore.OrganisationMember, error) {
	// Only override to RoleInstanceAdmin if not in multi-user mode AND role is not already RoleInstanceAdmin
	// MultiPlayerMode is redundant - user limits handle this
	isMultiUser, err := om.licenser.IsMultiUserMode(ctx)
	if err == nil && !isMultiUser && role.Type != auth.RoleInstanceAdmin {
		role.Type = auth.RoleInstanceAdmin
	}

	err = role.Validate("organisation member")
	if err != nil {
		om.logger.ErrorContext(ctx, "failed to validate organisation member role update", "error", err)
		return nil, util.NewServiceError(http.StatusBadRequest, err)
	}

	member := &datastore.OrganisationMember{
		UID:            ulid.Make().String(),
		OrganisationID: org.UID,
		UserID:         user.UID,
		Role:           *role,
		CreatedAt:      time.Now(),
		UpdatedAt:      time.Now(),
	}

	err = om.orgMemberRepo.CreateOrganisationMember(ctx, member)
	if err != nil {
		om.logger.ErrorContext(ctx, "failed to create organisation member", "error", err)
		return nil, util.NewServiceError(http.StatusBadRequest, errors.New("failed to create organisation member"))
	}

	return member, nil
}
