package impluser

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/organization"
	"example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// service reproduces pkg/modules/user/impluser/service.go:18: the root user
// reconciler, run by Start in one goroutine per SigNoz process while the
// HTTP API is served; nothing serializes it with other processes sharing the
// database or with the API's user creation paths.
type service struct {
	store     types.UserStore
	getter    user.Getter
	setter    user.Setter
	orgGetter organization.Getter
	config    user.RootConfig
	stopC     chan struct{}
	healthyC  chan struct{}
}

func NewService(
	store types.UserStore,
	getter user.Getter,
	setter user.Setter,
	orgGetter organization.Getter,
	config user.RootConfig,
) user.Service {
	return &service{
		store:     store,
		getter:    getter,
		setter:    setter,
		orgGetter: orgGetter,
		config:    config,
		stopC:     make(chan struct{}),
		healthyC:  make(chan struct{}),
	}
}

// Start reproduces service.go:52: reconcile, retried every 10 s on error.
func (s *service) Start(ctx context.Context) error {
	if !s.config.Enabled {
		close(s.healthyC)
		<-s.stopC
		return nil
	}

	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()

	for {
		err := s.reconcile(ctx)
		if err == nil {
			close(s.healthyC)
			<-s.stopC
			return nil
		}

		select {
		case <-s.stopC:
			return nil
		case <-ticker.C:
			continue
		}
	}
}

// reconcile reproduces service.go:91 (lookup :92, create :100/:105 via
// CreateFirstUser -> orgSetter.Create -> store.Create).
func (s *service) reconcile(ctx context.Context) error {
	// organizations: primary key id (when the config gives the org id) and
	// idx_unique_name on name (028_update_organizations.go:76-85). Two SigNoz
	// processes starting on one database both miss and both insert; the loser
	// fails with ErrOrganizationAlreadyExists and is retried 10 s later.
	org, resolvedByName, err := s.orgGetter.GetByIDOrName(ctx, s.config.Org.ID, s.config.Org.Name) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return err // something really went wrong
		}

		if s.config.Org.ID.IsZero() {
			newOrg := types.NewOrganization(s.config.Org.Name, s.config.Org.Name)
			_, err := s.setter.CreateFirstUser(ctx, newOrg, s.config.Email.String(), s.config.Email, s.config.Password)
			return err
		}

		newOrg := types.NewOrganizationWithID(s.config.Org.ID, s.config.Org.Name, s.config.Org.Name)
		_, err = s.setter.CreateFirstUser(ctx, newOrg, s.config.Email.String(), s.config.Email, s.config.Password)
		return err
	}

	if !s.config.Org.ID.IsZero() && resolvedByName {
		// the existing org has the same name as config but org id is different; inform user with actionable message
		return errors.Newf(errors.TypeInvalidInput, errors.CodeInvalidInput, "organization with name %q already exists with a different ID %s (expected %s)", s.config.Org.Name, org.ID.StringValue(), s.config.Org.ID.StringValue())
	}

	return s.reconcileRootUser(ctx, org.ID)
}

// reconcileRootUser reproduces service.go:117.
func (s *service) reconcileRootUser(ctx context.Context, orgID valuer.UUID) error {
	existingStorableRoot, err := s.store.GetRootUserByOrgID(ctx, orgID)
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return err
	}

	if existingStorableRoot == nil {
		return s.createOrPromoteRootUser(ctx, orgID)
	}

	return s.updateExistingRootUser(ctx, orgID, existingStorableRoot)
}

// createOrPromoteRootUser reproduces service.go:130 (lookup :131, create
// :195; the role grant and user_role refresh of the promote branch trimmed).
func (s *service) createOrPromoteRootUser(ctx context.Context, orgID valuer.UUID) error {
	// users: partial unique (email, org_id) WHERE status != 'deleted'
	// (076_drop_user_deleted_at.go:61-66). Reached only when no root user
	// exists (reconcileRootUser); a second process or an SSO login/invite of the
	// same email in between makes the insert fail with ErrUserAlreadyExists.
	existingUser, err := s.getter.GetNonDeletedUserByEmailAndOrgID(ctx, s.config.Email, orgID) // race
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return err
	}

	if existingUser != nil {
		existingUser.PromoteToRoot()

		err = s.store.RunInTx(ctx, func(ctx context.Context) error {
			if err := s.setter.UpdateAnyUser(ctx, orgID, existingUser); err != nil {
				return err
			}

			// set password
			return s.setPassword(ctx, existingUser.ID)
		})
		if err != nil {
			return err
		}

		return nil
	}

	// Create new root user
	newUser, err := types.NewRootUser(s.config.Email.String(), s.config.Email, orgID)
	if err != nil {
		return err
	}

	factorPassword, err := types.NewFactorPassword(s.config.Password, newUser.ID.StringValue())
	if err != nil {
		return err
	}

	return s.setter.CreateUser(ctx, newUser, user.WithFactorPassword(factorPassword), user.WithRoleNames([]string{authtypes.SigNozAdminRoleName}))
}

// updateExistingRootUser reproduces service.go:198.
func (s *service) updateExistingRootUser(ctx context.Context, orgID valuer.UUID, existingRoot *types.User) error {
	existingRoot.PromoteToRoot()

	if existingRoot.Email != s.config.Email {
		existingRoot.UpdateEmail(s.config.Email)
		if err := s.setter.UpdateAnyUser(ctx, orgID, existingRoot); err != nil {
			return err
		}
	}

	return s.setPassword(ctx, existingRoot.ID)
}

// setPassword reproduces service.go:211 (lookup :212, create :223).
func (s *service) setPassword(ctx context.Context, userID valuer.UUID) error {
	// factor_password.user_id is unique (045_add_factor_indexes.go:51).
	password, err := s.store.GetPasswordByUserID(ctx, userID) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return err
		}

		factorPassword, err := types.NewFactorPassword(s.config.Password, userID.StringValue())
		if err != nil {
			return err
		}

		return s.store.CreatePassword(ctx, factorPassword)
	}

	if !password.Equals(s.config.Password) {
		if err := password.Update(s.config.Password); err != nil {
			return err
		}

		return s.store.UpdatePassword(ctx, password)
	}

	return nil
}
