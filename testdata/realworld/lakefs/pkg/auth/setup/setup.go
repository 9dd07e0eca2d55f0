package setup

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/lakefs/pkg/auth"
	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/logging"
)

const (
	AdminsGroup     = "Admins"
	SuperUsersGroup = "SuperUsers"
	DevelopersGroup = "Developers"
	ViewersGroup    = "Viewers"
)

// Config stands in for config.Config's auth UI section
// (cfg.AuthConfig().GetAuthUIConfig()).
type Config struct {
	RBAC string
}

const AuthRBACNone = "none"

// IsAuthBasic reports the single-user basic auth mode (RBAC "none").
func (c Config) IsAuthBasic() bool { return c.RBAC == AuthRBACNone }

// CreateAdminUser setup base groups, policies and create admin user
func CreateAdminUser(ctx context.Context, authService auth.Service, superuser *model.SuperuserConfiguration) (*model.Credential, error) {
	// Set up the basic groups and policies
	now := time.Now()
	err := CreateBaseGroups(ctx, authService, now)
	if err != nil {
		return nil, err
	}

	return AddAdminUser(ctx, authService, superuser, true)
}

func AddAdminUser(ctx context.Context, authService auth.Service, user *model.SuperuserConfiguration, addToAdmins bool) (*model.Credential, error) {
	// create admin user
	user.Source = "internal"
	_, err := authService.CreateUser(ctx, &user.User)
	if err != nil {
		return nil, fmt.Errorf("create user - %w", err)
	}
	defer func() {
		// delete admin on any error to avoid partial setup
		if err != nil {
			logger := logging.ContextUnavailable()
			logger.WithError(err).Warn("Failed to create admin user, deleting user")
			if delUserErr := authService.DeleteUser(ctx, user.Username); delUserErr != nil {
				logger.WithError(delUserErr).Error("Failed to delete user")
			}
		}
	}()

	if addToAdmins {
		// verify the admin group exists
		_, err = authService.GetGroup(ctx, AdminsGroup)
		if err != nil {
			return nil, fmt.Errorf("admin group - %w", err)
		}

		err = authService.AddUserToGroup(ctx, user.Username, AdminsGroup)
		if err != nil {
			return nil, fmt.Errorf("add user to group - %w", err)
		}
	}

	var creds *model.Credential
	if user.AccessKeyID == "" {
		// Generate and return a key pair
		creds, err = authService.CreateCredentials(ctx, user.Username)
		if err != nil {
			return nil, fmt.Errorf("create credentials for %s: %w", user.Username, err)
		}
	} else {
		creds, err = authService.AddCredentials(ctx, user.Username, user.AccessKeyID, user.SecretAccessKey)
		if err != nil {
			return nil, fmt.Errorf("add credentials for %s: %w", user.Username, err)
		}
	}
	return creds, nil
}

func CreateInitialAdminUser(ctx context.Context, authService auth.Service, cfg Config, metadataManger auth.MetadataManager, username string) (*model.Credential, error) {
	return CreateInitialAdminUserWithKeys(ctx, authService, cfg, metadataManger, username, nil, nil)
}

func CreateInitialAdminUserWithKeys(ctx context.Context, authService auth.Service, cfg Config, metadataManager auth.MetadataManager, username string, accessKeyID *string, secretAccessKey *string) (*model.Credential, error) {
	adminUser := &model.SuperuserConfiguration{
		User: model.User{
			CreatedAt: time.Now(),
			Username:  username,
		},
	}
	if accessKeyID != nil && secretAccessKey != nil {
		adminUser.AccessKeyID = *accessKeyID
		adminUser.SecretAccessKey = *secretAccessKey
	}

	// create first admin user
	var (
		cred *model.Credential
		err  error
	)
	authUICfg := cfg
	if authUICfg.IsAuthBasic() {
		if cred, err = AddAdminUser(ctx, authService, adminUser, false); err != nil {
			return nil, err
		}
	} else if cred, err = CreateAdminUser(ctx, authService, adminUser); err != nil {
		return nil, err
	}

	// update setup time with auth type used
	if err = metadataManager.UpdateSetupTimestamp(ctx, time.Now(), authUICfg.RBAC); err != nil {
		logging.FromContext(ctx).WithError(err).Error("Failed the update setup timestamp")
	}

	return cred, err
}

func CreateBaseGroups(ctx context.Context, authService auth.Service, ts time.Time) error {
	if !authService.IsAdvancedAuth() {
		return nil
	}
	// trimmed: CreateRBACBaseGroups (:132) creates the four RBAC groups and
	// their policies with CreateGroup / WritePolicy(update=false), both
	// INSERT ... ON CONFLICT DO NOTHING, conflict -> ErrAlreadyExists.
	_, err := authService.CreateGroup(ctx, &model.Group{CreatedAt: ts, DisplayName: AdminsGroup})
	return err
}
