package userimpl

import (
	"context"
	"strings"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/org"
	"example.com/heldout/grafana/pkg/services/serviceaccounts"
	"example.com/heldout/grafana/pkg/services/user"
	"example.com/heldout/grafana/pkg/storage/legacysql"
	"example.com/heldout/grafana/pkg/util"
)

// Upstream: pkg/services/user/userimpl/user.go (newest stored version,
// index id 516886097). Tracing, password validation/hashing, quota and
// support-bundle registration dropped.

type Config struct {
	AutoAssignOrg     bool
	AutoAssignOrgRole string
}

type Service struct {
	store      store
	orgService org.Service
	cfg        *Config
	db         db.DB
}

func ProvideService(db db.DB, orgService org.Service, cfg *Config) *Service {
	store := ProvideStore(legacysql.NewDatabaseProvider(db))
	return &Service{
		store:      &store,
		orgService: orgService,
		cfg:        cfg,
		db:         db,
	}
}

func timeNow() time.Time { return time.Now() }

// Create — upstream user.go:94 (GetIDForNewUser :126, lookup :135,
// insert :180 inside InTransaction :179).
func (s *Service) Create(ctx context.Context, cmd *user.CreateUserCommand) (*user.User, error) {
	cfg := s.cfg

	if len(cmd.Login) == 0 {
		cmd.Login = cmd.Email
	}

	var orgID int64
	var err error
	cmdOrg := org.GetOrgIDForNewUserCommand{
		Email:        cmd.Email,
		Login:        cmd.Login,
		OrgID:        cmd.OrgID,
		OrgName:      cmd.OrgName,
		SkipOrgSetup: cmd.SkipOrgSetup,
	}
	orgID, err = s.orgService.GetIDForNewUser(ctx, cmdOrg)
	if err != nil {
		return nil, err
	}
	if cmd.Email == "" {
		cmd.Email = cmd.Login
	}

	// a concurrent twin passes this check too, but its INSERT fails on
	// UQE_user_login / UQE_user_email and store.Insert maps that to the same
	// user.ErrUserAlreadyExists that this branch returns
	if err := s.store.LoginConflict(ctx, cmd.Login, cmd.Email); err != nil { // safe: the unique violation of the losing INSERT is translated by handleSQLError into the same user.ErrUserAlreadyExists the found path returns (UQE_user_login, UQE_user_email)
		return nil, user.ErrUserAlreadyExists
	}

	// create user
	usr := &user.User{
		UID:              cmd.UID,
		Email:            strings.ToLower(cmd.Email),
		Name:             cmd.Name,
		Login:            strings.ToLower(cmd.Login),
		Company:          cmd.Company,
		IsAdmin:          cmd.IsAdmin,
		IsDisabled:       cmd.IsDisabled,
		OrgID:            orgID,
		EmailVerified:    cmd.EmailVerified,
		Created:          timeNow(),
		Updated:          timeNow(),
		LastSeenAt:       timeNow().AddDate(-10, 0, 0),
		IsServiceAccount: cmd.IsServiceAccount,
		IsProvisioned:    cmd.IsProvisioned,
	}

	salt, err := util.GetRandomString(10)
	if err != nil {
		return nil, err
	}
	usr.Salt = salt
	rands, err := util.GetRandomString(10)
	if err != nil {
		return nil, err
	}
	usr.Rands = rands

	err = s.db.InTransaction(ctx, func(ctx context.Context) error {
		_, err = s.store.Insert(ctx, usr)
		if err != nil {
			return err
		}

		// create org user link
		if !cmd.SkipOrgSetup && !usr.IsProvisioned {
			orgUser := org.OrgUser{
				OrgID:   orgID,
				UserID:  usr.ID,
				Role:    org.RoleAdmin,
				Created: time.Now(),
				Updated: time.Now(),
			}

			if cfg.AutoAssignOrg && !usr.IsAdmin {
				if len(cmd.DefaultOrgRole) > 0 {
					orgUser.Role = org.RoleType(cmd.DefaultOrgRole)
				} else {
					orgUser.Role = org.RoleType(cfg.AutoAssignOrgRole)
				}
			}
			_, err = s.orgService.InsertOrgUser(ctx, &orgUser)
			return err
		}
		return nil
	})
	return usr, err
}

// CreateServiceAccount creates a service account in the user table and adds service account to an organisation in the org_user table
// Upstream user.go:439 (lookup :446, insert :474, AddOrgUser after).
func (s *Service) CreateServiceAccount(ctx context.Context, cmd *user.CreateUserCommand) (*user.User, error) {
	cmd.Email = cmd.Login
	// the loser of two concurrent creations of one login passes this check
	// and gets user.ErrUserAlreadyExists from the INSERT (handleSQLError)
	// instead of ErrServiceAccountAlreadyExists
	err := s.store.LoginConflict(ctx, cmd.Login, cmd.Email) // race
	if err != nil {
		return nil, serviceaccounts.ErrServiceAccountAlreadyExists.Errorf("service account with login %s already exists", cmd.Login)
	}

	// create user
	usr := &user.User{
		Email:            cmd.Email,
		Name:             cmd.Name,
		Login:            cmd.Login,
		IsDisabled:       cmd.IsDisabled,
		OrgID:            cmd.OrgID,
		Created:          time.Now(),
		Updated:          time.Now(),
		LastSeenAt:       time.Now().AddDate(-10, 0, 0),
		IsServiceAccount: true,
	}

	salt, err := util.GetRandomString(10)
	if err != nil {
		return nil, err
	}
	usr.Salt = salt
	rands, err := util.GetRandomString(10)
	if err != nil {
		return nil, err
	}
	usr.Rands = rands

	_, err = s.store.Insert(ctx, usr)
	if err != nil {
		return nil, err
	}

	// create org user link
	orgCmd := &org.AddOrgUserCommand{
		OrgID:                     cmd.OrgID,
		UserID:                    usr.ID,
		Role:                      org.RoleType(cmd.DefaultOrgRole),
		AllowAddingServiceAccount: true,
	}
	if err = s.orgService.AddOrgUser(ctx, orgCmd); err != nil {
		return nil, err
	}

	return usr, nil
}
