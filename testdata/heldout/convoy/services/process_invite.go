package services

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/queue"
	"example.com/heldout/convoy/third_party/null"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

type ProcessInviteService struct {
	Queue         queue.Queuer
	InviteRepo    datastore.OrganisationInviteRepository
	UserRepo      datastore.UserRepository
	OrgRepo       datastore.OrganisationRepository
	OrgMemberRepo datastore.OrganisationMemberRepository
	Licenser      license.Licenser

	Token    string
	Accepted bool
	NewUser  *models.User // TODO: Login Invite with SSO
	Logger   log.Logger
}

func NewProcessInviteService(
	queue queue.Queuer,
	inviteRepo datastore.OrganisationInviteRepository,
	userRepo datastore.UserRepository,
	orgRepo datastore.OrganisationRepository,
	orgMemberRepo datastore.OrganisationMemberRepository,
	licenser license.Licenser,
	token string,
	accepted bool,
	newUser *models.User,
	logger log.Logger,
) *ProcessInviteService {
	return &ProcessInviteService{
		Queue:         queue,
		InviteRepo:    inviteRepo,
		UserRepo:      userRepo,
		OrgRepo:       orgRepo,
		OrgMemberRepo: orgMemberRepo,
		Licenser:      licenser,
		Token:         token,
		Accepted:      accepted,
		NewUser:       newUser,
		Logger:        logger,
	}
}

var ErrUserLimit = errors.New("your instance has reached it's user limit, upgrade to add new users")
var ErrUserAlreadyExist = errors.New("user already exist")

func (pis *ProcessInviteService) Run(ctx context.Context) error {
	ok, err := pis.Licenser.CheckUserLimit(ctx)
	if err != nil {
		return &ServiceError{ErrMsg: err.Error()}
	}

	if !ok {
		return &ServiceError{ErrMsg: ErrUserLimit.Error()}
	}

	iv, err := pis.InviteRepo.FetchOrganisationInviteByToken(ctx, pis.Token) // safe: the invite-state check guards the member insert, which organisation_members_user_id_org_id_key (organisation_id, user_id, deleted_at) covers; a second accept fails whether it runs after or alongside the first
	if err != nil {
		pis.Logger.ErrorContext(ctx, "failed to fetch organisation member invite by token and email", "error", err)
		return &ServiceError{ErrMsg: "failed to fetch organisation member invite", Err: err}
	}

	if iv.Status != datastore.InviteStatusPending {
		return &ServiceError{ErrMsg: fmt.Sprintf("organisation member invite already %s", iv.Status.String())}
	}

	if time.Now().After(iv.ExpiresAt) { // if current date has surpassed expiry date
		return &ServiceError{ErrMsg: "organisation member invite already expired"}
	}

	if !pis.Accepted {
		iv.Status = datastore.InviteStatusDeclined
		iv.DeletedAt = null.TimeFrom(time.Now())
		err = pis.InviteRepo.UpdateOrganisationInvite(ctx, iv)
		if err != nil {
			errMsg := "failed to update declined organisation invite"
			pis.Logger.ErrorContext(ctx, errMsg, "error", err)
			return &ServiceError{ErrMsg: errMsg, Err: err}
		}
		return nil
	}

	user, err := pis.UserRepo.FindUserByEmail(ctx, iv.InviteeEmail) // race
	if err != nil {
		if errors.Is(err, datastore.ErrUserNotFound) {
			user, err = pis.createNewUser(ctx, pis.NewUser, iv.InviteeEmail)
			if err != nil {
				return err
			}
		} else {
			errMsg := "failed to find user by email"
			pis.Logger.ErrorContext(ctx, errMsg, "error", err)
			return &ServiceError{ErrMsg: errMsg, Err: err}
		}
	}

	org, err := pis.OrgRepo.FetchOrganisationByID(ctx, iv.OrganisationID)
	if err != nil {
		errMsg := "failed to fetch organisation by id"
		pis.Logger.ErrorContext(ctx, errMsg, "error", err)
		return &ServiceError{ErrMsg: errMsg, Err: err}
	}

	// Authoritative per-org user_limit enforcement: a trial org capping user_limit=1 must
	// never end up with a second member. Pending invites are not counted here because the
	// invite being accepted is still pending and would double-count itself. No-op for
	// self-hosted orgs (no per-org license_data).
	ok, err = CheckOrganisationUserLimit(ctx, org, false, OrgUserLimitDeps{
		OrgMemberRepo: pis.OrgMemberRepo,
		Logger:        pis.Logger,
	})
	if err != nil {
		return &ServiceError{ErrMsg: err.Error()}
	}
	if !ok {
		return &ServiceError{ErrMsg: ErrOrgUserLimit.Error(), Err: ErrOrgUserLimit}
	}

	_, err = NewOrganisationMemberService(pis.OrgMemberRepo, pis.Licenser, pis.Logger).CreateOrganisationMember(ctx, org, user, &iv.Role)
	if err != nil {
		return err
	}

	iv.Status = datastore.InviteStatusAccepted
	iv.DeletedAt = null.TimeFrom(time.Now())
	err = pis.InviteRepo.UpdateOrganisationInvite(ctx, iv)
	if err != nil {
		errMsg := "failed to update accepted organisation invite"
		pis.Logger.ErrorContext(ctx, errMsg, "error", err)
		return &ServiceError{ErrMsg: errMsg, Err: err}
	}

	return nil
}

func (pis *ProcessInviteService) createNewUser(ctx context.Context, newUser *models.User, email string) (*datastore.User, error) {
	if newUser == nil {
		return nil, &ServiceError{ErrMsg: "new user is nil", Err: nil}
	}

	err := util.Validate(newUser)
	if err != nil {
		pis.Logger.ErrorContext(ctx, "failed to validate new user information", "error", err)
		return nil, &ServiceError{ErrMsg: err.Error(), Err: nil}
	}

	p := datastore.Password{Plaintext: newUser.Password}
	err = p.GenerateHash()
	if err != nil {
		pis.Logger.ErrorContext(ctx, "failed to generate user password hash", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create organisation member invite", Err: err}
	}

	user := &datastore.User{
		UID:       ulid.Make().String(),
		FirstName: newUser.FirstName,
		LastName:  newUser.LastName,
		Email:     email,
		Password:  string(p.Hash),
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}

	err = pis.UserRepo.CreateUser(ctx, user)
	if err != nil {
		errMsg := "failed to create user"
		pis.Logger.ErrorContext(ctx, errMsg, "error", err)
		return nil, &ServiceError{ErrMsg: errMsg, Err: err}
	}

	return user, nil
}
