package impluser

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/authz"
	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/organization"
	root "example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// setter reproduces pkg/modules/user/impluser/setter.go:26 (tokenizer,
// emailing, analytics trimmed).
type setter struct {
	store         types.UserStore
	userRoleStore authtypes.UserRoleStore
	orgSetter     organization.Setter
	authz         authz.AuthZ
	config        root.Config
	getter        root.Getter
}

// This module is a WIP, don't take inspiration from this.
func NewSetter(store types.UserStore, orgSetter organization.Setter, authz authz.AuthZ, config root.Config, userRoleStore authtypes.UserRoleStore, getter root.Getter) root.Setter {
	return &setter{
		store:         store,
		userRoleStore: userRoleStore,
		orgSetter:     orgSetter,
		authz:         authz,
		config:        config,
		getter:        getter,
	}
}

// CreateUser reproduces setter.go:58.
func (module *setter) CreateUser(ctx context.Context, user *types.User, opts ...root.CreateUserOption) error {
	createUserOpts := root.NewCreateUserOptions(opts...)

	// since assign is idempotant multiple calls to assign won't cause issues in case of retries.
	if len(createUserOpts.RoleNames) > 0 {
		err := module.authz.Grant(ctx, user.OrgID, createUserOpts.RoleNames, "user:"+user.ID.StringValue())
		if err != nil {
			return err
		}
	}

	if err := module.store.RunInTx(ctx, func(ctx context.Context) error {
		if err := module.store.CreateUser(ctx, user); err != nil {
			return err
		}

		if createUserOpts.FactorPassword != nil {
			if err := module.store.CreatePassword(ctx, createUserOpts.FactorPassword); err != nil {
				return err
			}
		}

		// create user_role entries
		if len(createUserOpts.RoleNames) > 0 {
			err := module.createUserRoleEntries(ctx, user.OrgID, user.ID, createUserOpts.RoleNames)
			if err != nil {
				return err
			}
		}

		return nil
	}); err != nil {
		return err
	}

	return nil
}

// CreatePendingInviteUser reproduces setter.go:105 (role id resolution and
// the invitation email trimmed): the user is new (fresh UUID), so the
// GetOrCreateResetPasswordToken call inside the transaction works on a key no
// one else can know yet.
func (module *setter) CreatePendingInviteUser(ctx context.Context, identityID valuer.UUID, identityEmail valuer.Email, frontendBaseURL string, user *types.User, opts ...root.CreateUserOption) (*types.User, error) {
	createUserOpts := root.NewCreateUserOptions(opts...)

	roleNames := createUserOpts.RoleNames

	if err := module.store.RunInTx(ctx, func(ctx context.Context) error {
		if err := module.createUserWithoutGrant(ctx, user, root.WithRoleNames(roleNames), root.WithFactorPassword(createUserOpts.FactorPassword)); err != nil {
			return err
		}

		_, err := module.GetOrCreateResetPasswordToken(ctx, user.ID)
		if err != nil {
			return err
		}

		return nil
	}); err != nil {
		return nil, err
	}

	return user, nil
}

// UpdateAnyUser reproduces setter.go:188 (tokenizer and analytics trimmed).
func (module *setter) UpdateAnyUser(ctx context.Context, orgID valuer.UUID, user *types.User) error {
	if err := module.store.UpdateUser(ctx, orgID, user); err != nil {
		return err
	}

	return nil
}

// GetOrCreateResetPasswordToken reproduces setter.go:271 (password lookup
// :285, insert :296; token lookup :302, delete of an expired token :314,
// insert :330).
func (module *setter) GetOrCreateResetPasswordToken(ctx context.Context, userID valuer.UUID) (*types.ResetPasswordToken, error) {
	user, err := module.store.GetUser(ctx, userID)
	if err != nil {
		return nil, err
	}

	if err := user.ErrIfRoot(); err != nil {
		return nil, errors.WithAdditionalf(err, "cannot reset password for root user")
	}

	if err := user.ErrIfDeleted(); err != nil {
		return nil, errors.New(errors.TypeForbidden, errors.CodeForbidden, "user has been deleted")
	}

	// factor_password.user_id is unique (045_add_factor_indexes.go:51): of two
	// concurrent requests for a user without a password, the second insert
	// fails with ErrPasswordAlreadyExists.
	password, err := module.store.GetPasswordByUserID(ctx, userID) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return nil, err
		}
	}

	if password == nil {
		// if the user does not have a password, we need to create a new one (common for SSO/SAML users)
		password = types.MustGenerateFactorPassword(userID.String())

		if err := module.store.CreatePassword(ctx, password); err != nil {
			return nil, err
		}
	}

	// reset_password_token.password_id is unique (045_add_factor_indexes.go:54):
	// of two concurrent requests that both find no (or an expired) token, the
	// second insert fails with ErrResetPasswordTokenAlreadyExists.
	// check if a token already exists for this password id
	existingResetPasswordToken, err := module.store.GetResetPasswordTokenByPasswordID(ctx, password.ID) // race
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return nil, err // return the error if it is not a not found error
	}

	// return the existing token if it is not expired
	if existingResetPasswordToken != nil && !existingResetPasswordToken.IsExpired() {
		return existingResetPasswordToken, nil // return the existing token if it is not expired
	}

	// delete the existing token entry
	if existingResetPasswordToken != nil {
		if err := module.store.DeleteResetPasswordTokenByPasswordID(ctx, password.ID); err != nil {
			return nil, err
		}
	}

	// create a new token
	tokenLifetime := module.config.Password.Reset.MaxTokenLifetime
	if user.Status == types.UserStatusPendingInvite {
		tokenLifetime = module.config.Password.Invite.MaxTokenLifetime
	}
	resetPasswordToken, err := types.NewResetPasswordToken(password.ID, time.Now().Add(tokenLifetime))
	if err != nil {
		return nil, err
	}

	// create a new token
	err = module.store.CreateResetPasswordToken(ctx, resetPasswordToken)
	if err != nil {
		return nil, err
	}

	return resetPasswordToken, nil
}

// ForgotPassword reproduces setter.go:338 (email trimmed).
func (module *setter) ForgotPassword(ctx context.Context, orgID valuer.UUID, email valuer.Email, frontendBaseURL string) error {
	if !module.config.Password.Reset.AllowSelf {
		return errors.New(errors.TypeUnsupported, errors.CodeUnsupported, "Users are not allowed to reset their password themselves, please contact an admin to reset your password.")
	}

	user, err := module.getter.GetNonDeletedUserByEmailAndOrgID(ctx, email, orgID)
	if err != nil {
		if errors.Ast(err, errors.TypeNotFound) {
			return nil // for security reasons
		}
		return err
	}

	if err := user.ErrIfRoot(); err != nil {
		return errors.WithAdditionalf(err, "cannot reset password for root user")
	}

	_, err = module.GetOrCreateResetPasswordToken(ctx, user.ID)
	if err != nil {
		return err
	}

	return nil
}

// GetOrCreateUser reproduces setter.go:515 (lookup :518, create :535).
func (module *setter) GetOrCreateUser(ctx context.Context, user *types.User, opts ...root.CreateUserOption) (*types.User, error) {
	createUserOpts := root.NewCreateUserOptions(opts...)

	// users has the partial unique index (email, org_id) WHERE status !=
	// 'deleted' (076_drop_user_deleted_at.go:61-66), the exact predicate of the
	// lookup: two concurrent SSO callbacks for a new user both miss, the second
	// CreateUser fails with ErrUserAlreadyExists.
	existingUser, err := module.getter.GetNonDeletedUserByEmailAndOrgID(ctx, user.Email, user.OrgID) // race
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return nil, err
		}
	}

	if existingUser != nil {
		if existingUser.Status == types.UserStatusPendingInvite {
			if err = module.activatePendingUser(ctx, existingUser, root.WithRoleNames(createUserOpts.RoleNames)); err != nil {
				return nil, err
			}
		}

		return existingUser, nil
	}

	if err := module.CreateUser(ctx, user, opts...); err != nil {
		return nil, err
	}

	return user, nil
}

// CreateFirstUser reproduces setter.go:542 (managed role creation reduced to
// the callback).
func (module *setter) CreateFirstUser(ctx context.Context, organization *types.Organization, name string, email valuer.Email, passwd string) (*types.User, error) {
	user, err := types.NewRootUser(name, email, organization.ID)
	if err != nil {
		return nil, err
	}

	password, err := types.NewFactorPassword(passwd, user.ID.StringValue())
	if err != nil {
		return nil, err
	}

	roleNames := []string{authtypes.SigNozAdminRoleName}

	if err = module.store.RunInTx(ctx, func(ctx context.Context) error {
		err = module.orgSetter.Create(ctx, organization, func(ctx context.Context, orgID valuer.UUID) error {
			return nil
		})
		if err != nil {
			return err
		}

		err = module.createUserWithoutGrant(ctx, user, root.WithFactorPassword(password), root.WithRoleNames(roleNames))
		if err != nil {
			return err
		}

		return nil
	}); err != nil {
		return nil, err
	}

	return user, nil
}

// createUserWithoutGrant reproduces setter.go:600.
func (module *setter) createUserWithoutGrant(ctx context.Context, user *types.User, opts ...root.CreateUserOption) error {
	createUserOpts := root.NewCreateUserOptions(opts...)
	if err := module.store.RunInTx(ctx, func(ctx context.Context) error {
		if err := module.store.CreateUser(ctx, user); err != nil {
			return err
		}

		if createUserOpts.FactorPassword != nil {
			if err := module.store.CreatePassword(ctx, createUserOpts.FactorPassword); err != nil {
				return err
			}
		}

		// create user_role entries
		if len(createUserOpts.RoleNames) > 0 {
			err := module.createUserRoleEntries(ctx, user.OrgID, user.ID, createUserOpts.RoleNames)
			if err != nil {
				return err
			}
		}

		return nil
	}); err != nil {
		return err
	}

	return nil
}

// createUserRoleEntries reproduces setter.go:633.
func (module *setter) createUserRoleEntries(ctx context.Context, orgID, userId valuer.UUID, roleNames []string) error {
	roles, err := module.authz.ListByOrgIDAndNames(ctx, orgID, roleNames)
	if err != nil {
		return err
	}

	userRoles := authtypes.NewUserRoles(userId, roles)
	return module.userRoleStore.CreateUserRoles(ctx, userRoles)
}

// activatePendingUser reproduces setter.go:643 (grant and role refresh trimmed).
func (module *setter) activatePendingUser(ctx context.Context, user *types.User, opts ...root.CreateUserOption) error {
	if err := user.UpdateStatus(types.UserStatusActive); err != nil {
		return err
	}

	return module.store.RunInTx(ctx, func(ctx context.Context) error {
		return module.store.UpdateUser(ctx, user.OrgID, user)
	})
}

// AddUserRole reproduces setter.go:705 (insert :740, lookup on conflict :745).
func (module *setter) AddUserRole(ctx context.Context, orgID, userID valuer.UUID, roleName string) (*authtypes.UserRole, error) {
	existingUser, err := module.getter.GetUserByOrgIDAndID(ctx, orgID, userID)
	if err != nil {
		return nil, err
	}

	if err := existingUser.ErrIfRoot(); err != nil {
		return nil, errors.WithAdditionalf(err, "cannot add role for root user")
	}

	if err := existingUser.ErrIfDeleted(); err != nil {
		return nil, errors.WithAdditionalf(err, "cannot add role for deleted user")
	}

	// validate that the role name exists
	foundRoles, err := module.authz.ListByOrgIDAndNames(ctx, orgID, []string{roleName})
	if err != nil {
		return nil, err
	}
	if len(foundRoles) != 1 {
		return nil, errors.NewInvalidInputf(errors.CodeInvalidInput, "role name not found: %s", roleName)
	}

	// create user_role entry (swallow AlreadyExists for idempotency — DB has unique constraint on user_id+role_id)
	userRole := authtypes.NewUserRoles(userID, foundRoles)[0]
	if err := module.userRoleStore.CreateUserRoles(ctx, []*authtypes.UserRole{userRole}); err != nil {
		if !errors.Ast(err, errors.TypeAlreadyExists) {
			return nil, err
		}

		existingUserRoles, err := module.getter.GetRolesByUserID(ctx, userID) // safe: insert first on the unique (user_id, role_id) key (071_add_user_role.go:112-117); the lookup only reads the winner after AlreadyExists, outside any transaction
		if err != nil {
			return nil, err
		}

		for _, existingUserRole := range existingUserRoles {
			if existingUserRole.RoleID == foundRoles[0].ID {
				userRole = existingUserRole
				break
			}
		}
	}

	return userRole, nil
}
