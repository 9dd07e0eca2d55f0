package services

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
)

type CreateOrganisationService struct {
	OrgRepo       datastore.OrganisationRepository
	OrgMemberRepo datastore.OrganisationMemberRepository
	NewOrg        *datastore.OrganisationRequest
	User          *datastore.User
	Licenser      license.Licenser
	RoleType      auth.RoleType
	// Logger is required for RunBillingOrganisationSync when billing is enabled.
	Logger log.Logger
}

func NewCreateOrganisationService(
	orgRepo datastore.OrganisationRepository,
	orgMemberRepo datastore.OrganisationMemberRepository,
	newOrg *datastore.OrganisationRequest,
	user *datastore.User,
	licenser license.Licenser,
	roleType auth.RoleType,
	logger log.Logger,
) *CreateOrganisationService {
	return &CreateOrganisationService{
		OrgRepo:       orgRepo,
		OrgMemberRepo: orgMemberRepo,
		NewOrg:        newOrg,
		User:          user,
		Licenser:      licenser,
		RoleType:      roleType,
		Logger:        logger,
	}
}

var ErrOrgLimit = errors.New("your instance has reached it's organisation limit, upgrade to create new organisations")

func (co *CreateOrganisationService) Run(ctx context.Context) (*datastore.Organisation, error) {
	// Fail closed with a clear error instead of a nil-pointer panic when a
	// caller (e.g. a CLI command) forgets to wire the licenser.
	if co.Licenser == nil {
		return nil, &ServiceError{ErrMsg: "licenser is required to create an organisation"}
	}

	ok, err := co.Licenser.CheckOrgLimit(ctx)
	if err != nil {
		return nil, &ServiceError{ErrMsg: err.Error()}
	}

	if !ok {
		return nil, &ServiceError{ErrMsg: ErrOrgLimit.Error(), Err: ErrOrgLimit}
	}

	if len(co.NewOrg.Name) == 0 {
		co.Logger.ErrorContext(ctx, "organisation name is required", "error", err)
		return nil, &ServiceError{ErrMsg: "organisation name is required", Err: err}
	}

	org := &datastore.Organisation{
		UID:       ulid.Make().String(),
		OwnerID:   co.User.UID,
		Name:      co.NewOrg.Name,
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}

	// (upstream: assigned custom-domain suffix from config.Get(); not reproduced)

	err = co.OrgRepo.CreateOrganisation(ctx, org)
	if err != nil {
		co.Logger.ErrorContext(ctx, "failed to create organisation", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create organisation", Err: err}
	}

	_, err = NewOrganisationMemberService(co.OrgMemberRepo, co.Licenser, co.Logger).CreateOrganisationMember(ctx, org, co.User, &auth.Role{Type: auth.RoleOrganisationAdmin})
	if err != nil {
		co.Logger.ErrorContext(ctx, "failed to create super_user member for organisation owner", "error", err)
	}

	// (upstream: RunBillingOrganisationSync goroutine when org billing is on; not reproduced)

	return org, nil
}
