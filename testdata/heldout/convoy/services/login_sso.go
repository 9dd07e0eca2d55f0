package services

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/api/types"
	"example.com/heldout/convoy/auth/realm/jwt"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

// (upstream also carries an SSO service client, *service.Client, used by Run
// and RedeemToken to talk to the SSO service; not reproduced)
type LoginUserSSOService struct {
	UserRepo      datastore.UserRepository
	OrgRepo       datastore.OrganisationRepository
	OrgMemberRepo datastore.OrganisationMemberRepository
	JWT           *jwt.Jwt
	ConfigRepo    datastore.ConfigurationRepository
	Licenser      license.Licenser
	Logger        log.Logger

	LicenseKey string
	Host       string
}

func NewLoginUserSSOService(
	userRepo datastore.UserRepository,
	orgRepo datastore.OrganisationRepository,
	orgMemberRepo datastore.OrganisationMemberRepository,
	jwt *jwt.Jwt,
	configRepo datastore.ConfigurationRepository,
	licenser license.Licenser,
	logger log.Logger,
	licenseKey string,
	host string,
) *LoginUserSSOService {
	return &LoginUserSSOService{
		UserRepo:      userRepo,
		OrgRepo:       orgRepo,
		OrgMemberRepo: orgMemberRepo,
		JWT:           jwt,
		ConfigRepo:    configRepo,
		Licenser:      licenser,
		Logger:        logger,
		LicenseKey:    licenseKey,
		Host:          host,
	}
}

func (u *LoginUserSSOService) LoginSSOUser(ctx context.Context, t *models.SSOTokenResponse) (*datastore.User, *jwt.Token, error) {
	user, err := u.UserRepo.FindUserByEmail(ctx, t.Data.Payload.Email)
	if user != nil && err == nil {
		token, err := u.JWT.GenerateToken(user)
		if err != nil {
			return nil, nil, &ServiceError{ErrMsg: err.Error()}
		}

		return user, &token, nil
	}

	if errors.Is(err, datastore.ErrUserNotFound) {
		return nil, nil, err
	}

	return nil, nil, &ServiceError{ErrMsg: "login failed", Err: err}
}

func (u *LoginUserSSOService) RegisterSSOUser(ctx context.Context, a *types.APIOptions, t *models.SSOTokenResponse) (*datastore.User, *jwt.Token, error) {
	user, err := u.UserRepo.FindUserByEmail(ctx, t.Data.Payload.Email) // race
	if user != nil && err == nil {
		return nil, nil, &ServiceError{
			ErrMsg: ErrUserAlreadyExist.Error(),
			Err:    ErrUserAlreadyExist,
		}
	}

	ok, err := a.Licenser.CheckUserLimit(ctx)
	if err != nil {
		return nil, nil, &ServiceError{ErrMsg: err.Error()}
	}
	if !ok {
		return nil, nil, &ServiceError{ErrMsg: ErrUserLimit.Error()}
	}

	cfg, err := u.ConfigRepo.LoadConfiguration(ctx)
	if err != nil && !errors.Is(err, datastore.ErrConfigNotFound) {
		return nil, nil, &ServiceError{ErrMsg: "failed to load configuration", Err: err}
	}
	if cfg != nil {
		if !cfg.IsSignupEnabled {
			// registration is not allowed
			return nil, nil, &ServiceError{ErrMsg: datastore.ErrSignupDisabled.Error(), Err: datastore.ErrSignupDisabled}
		}
	}

	p := datastore.Password{Plaintext: ulid.Make().String()}
	err = p.GenerateHash()

	if err != nil {
		u.Logger.ErrorContext(ctx, "failed to generate hash", "error", err)
		return nil, nil, &ServiceError{ErrMsg: "failed to generate hash", Err: err}
	}

	firstName := t.Data.Payload.FirstName
	lastName := t.Data.Payload.LastName
	if firstName == "" || lastName == "" {
		firstName, lastName = util.ExtractOrGenerateNamesFromEmail(t.Data.Payload.Email)
	}
	user = &datastore.User{
		UID:                    ulid.Make().String(),
		FirstName:              firstName,
		LastName:               lastName,
		Email:                  t.Data.Payload.Email,
		Password:               string(p.Hash),
		EmailVerificationToken: ulid.Make().String(),
		CreatedAt:              time.Now(),
		UpdatedAt:              time.Now(),
		EmailVerified:          true,
		AuthType:               string(datastore.SSOUserType),
	}

	err = u.UserRepo.CreateUser(ctx, user)
	if err != nil {
		if errors.Is(err, datastore.ErrDuplicateEmail) {
			return nil, nil, &ServiceError{ErrMsg: "this email is taken"}
		}

		u.Logger.ErrorContext(ctx, "failed to create user", "error", err)
		return nil, nil, &ServiceError{ErrMsg: "failed to create user", Err: err}
	}

	co := NewCreateOrganisationService(
		u.OrgRepo,
		u.OrgMemberRepo,
		&datastore.OrganisationRequest{Name: t.Data.Payload.OrganizationExternalID},
		user,
		u.Licenser,
		"",
		u.Logger,
	)

	_, err = co.Run(ctx)
	if err != nil {
		if !errors.Is(err, ErrOrgLimit) && !errors.Is(err, ErrUserLimit) {
			return nil, nil, err
		}
	}

	token, err := u.JWT.GenerateToken(user)
	if err != nil {
		u.Logger.ErrorContext(ctx, "failed to generate token", "error", err)
		return nil, nil, &ServiceError{ErrMsg: "failed to generate token", Err: err}
	}

	return user, &token, nil
}
