package coderd

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/database/dbauthz"
	"example.com/realworld/coder/coderd/database/dbtime"
	"example.com/realworld/coder/coderd/httpapi"
	"example.com/realworld/coder/codersdk"
	"example.com/realworld/coder/third_party/xerrors"
)

// Creates the initial user for a Coder deployment.
//
// postFirstUser reproduces coderd/users.go postFirstUser at 7474528c
// (POST /users/first, unauthenticated). The "no user yet" check is
// GetUserCount; the insert is api.CreateUser. Nothing but the count guards
// the owner-creation: two concurrent requests with different usernames and
// emails both pass and both create an owner.
func (api *API) postFirstUser(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var createUser codersdk.CreateFirstUserRequest
	if !httpapi.Read(ctx, rw, r, &createUser) {
		return
	}

	// This should only function for the first user.
	// nolint:gocritic // Getting user count is a system function.
	userCount, err := api.Database.GetUserCount(dbauthz.AsSystemRestricted(ctx)) // race; no unique key: "first user" is a COUNT(*) of users; users has only per-row keys (users_email_lower_idx, users_username_lower_idx in dump.sql), so two first-user requests with different names both insert
	if err != nil {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: "Internal error fetching user count.",
			Detail:  err.Error(),
		})
		return
	}

	// If a user already exists, the initial admin user no longer can be created.
	if userCount != 0 {
		httpapi.Write(ctx, rw, http.StatusConflict, codersdk.Response{
			Message: "The initial user has already been created.",
		})
		return
	}

	if createUser.Trial && api.TrialGenerator != nil {
		err = api.TrialGenerator(ctx, createUser.Email)
		if err != nil {
			httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
				Message: "Failed to generate trial",
				Detail:  err.Error(),
			})
			return
		}
	}

	//nolint:gocritic // needed to create first user
	user, organizationID, err := api.CreateUser(dbauthz.AsSystemRestricted(ctx), api.Database, CreateUserRequest{
		CreateUserRequestWithOrgs: codersdk.CreateUserRequestWithOrgs{
			Email:    createUser.Email,
			Username: createUser.Username,
			Password: createUser.Password,
			// Create an org for the first user.
			OrganizationIDs: []uuid.UUID{},
		},
		CreateOrganization: true,
		LoginType:          database.LoginTypePassword,
	})
	if err != nil {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: "Internal error creating user.",
			Detail:  err.Error(),
		})
		return
	}

	// Upstream then grants the owner role (UpdateUserRoles), outside the
	// transaction of CreateUser.

	httpapi.Write(ctx, rw, http.StatusCreated, codersdk.CreateFirstUserResponse{
		UserID:         user.ID,
		OrganizationID: organizationID,
	})
}

// Creates a new user.
//
// postUser reproduces coderd/users.go postUser at 7474528c (POST /users):
// GetUserByEmailOrUsername found -> 409; sql.ErrNoRows -> api.CreateUser.
func (api *API) postUser(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()

	var req codersdk.CreateUserRequest
	if !httpapi.Read(ctx, rw, r, &req) {
		return
	}

	if req.UserLoginType == "" && req.DisableLogin {
		// Handle the deprecated field
		req.UserLoginType = codersdk.LoginTypeNone
	}
	if req.UserLoginType == "" {
		// Default to password auth
		req.UserLoginType = codersdk.LoginTypePassword
	}

	if req.UserLoginType != codersdk.LoginTypePassword && req.Password != "" {
		httpapi.Write(ctx, rw, http.StatusBadRequest, codersdk.Response{
			Message: fmt.Sprintf("Password cannot be set for non-password (%q) authentication.", req.UserLoginType),
		})
		return
	}

	_, err := api.Database.GetUserByEmailOrUsername(ctx, database.GetUserByEmailOrUsernameParams{ // race
		Username: req.Username,
		Email:    req.Email,
	})
	if err == nil {
		httpapi.Write(ctx, rw, http.StatusConflict, codersdk.Response{
			Message: "User already exists.",
		})
		return
	}
	if !errors.Is(err, sql.ErrNoRows) {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: "Internal error fetching user.",
			Detail:  err.Error(),
		})
		return
	}

	var loginType database.LoginType
	switch req.UserLoginType {
	case codersdk.LoginTypeNone:
		loginType = database.LoginTypeNone
	case codersdk.LoginTypePassword:
		loginType = database.LoginTypePassword
	case codersdk.LoginTypeOIDC:
		loginType = database.LoginTypeOIDC
	case codersdk.LoginTypeGithub:
		loginType = database.LoginTypeGithub
	default:
		httpapi.Write(ctx, rw, http.StatusBadRequest, codersdk.Response{
			Message: fmt.Sprintf("Unsupported login type %q for manually creating new users.", req.UserLoginType),
		})
	}

	user, _, err := api.CreateUser(ctx, api.Database, CreateUserRequest{
		CreateUserRequestWithOrgs: codersdk.CreateUserRequestWithOrgs{
			Email:           req.Email,
			Username:        req.Username,
			Password:        req.Password,
			OrganizationIDs: []uuid.UUID{req.OrganizationID},
		},
		LoginType: loginType,
	})
	if dbauthz.IsNotAuthorizedError(err) {
		httpapi.Write(ctx, rw, http.StatusForbidden, codersdk.Response{
			Message: "You are not authorized to create users.",
		})
		return
	}
	if err != nil {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: "Internal error creating user.",
			Detail:  err.Error(),
		})
		return
	}

	httpapi.Write(ctx, rw, http.StatusCreated, codersdk.User{ID: user.ID, Username: user.Username, Email: user.Email})
}

// CreateUserRequest is the request of api.CreateUser. The fields are those
// of the newer commits (CreateUserRequestWithOrgs, RBACRoles, ...) that
// userauth.go and scim.go pass; users.go at 7474528c used the
// single-organization codersdk.CreateUserRequest.
type CreateUserRequest struct {
	codersdk.CreateUserRequestWithOrgs
	CreateOrganization bool
	LoginType          database.LoginType
	SkipNotifications  bool
	accountCreatorName string
	RBACRoles          []string
}

// CreateUser reproduces coderd/users.go (*API).CreateUser at 7474528c: in one
// transaction (default isolation), optionally InsertOrganization, then
// InsertUser (users_email_lower_idx / users_username_lower_idx are the only
// guard of the email/username), then InsertOrganizationMember. The gitsshkey
// insert and the "Everyone" group are left out.
func (api *API) CreateUser(ctx context.Context, store database.Store, req CreateUserRequest) (database.User, uuid.UUID, error) {
	// Ensure the username is valid. It's the caller's responsibility to ensure
	// the username is valid and unique.
	if usernameValid := codersdk.NameValid(req.Username); usernameValid != nil {
		return database.User{}, uuid.Nil, xerrors.Errorf("invalid username %q: %w", req.Username, usernameValid)
	}

	var user database.User
	orgIDs := req.OrganizationIDs
	err := store.InTx(func(tx database.Store) error {
		orgRoles := make([]string, 0)
		// If no organization is provided, create a new one for the user.
		if len(orgIDs) == 0 {
			if !req.CreateOrganization {
				return xerrors.Errorf("organization ID must be provided")
			}

			organization, err := tx.InsertOrganization(ctx, database.InsertOrganizationParams{
				ID:        uuid.New(),
				Name:      req.Username,
				CreatedAt: dbtime.Now(),
				UpdatedAt: dbtime.Now(),
			})
			if err != nil {
				return xerrors.Errorf("create organization: %w", err)
			}
			orgIDs = []uuid.UUID{organization.ID}
		}

		params := database.InsertUserParams{
			ID:        uuid.New(),
			Email:     req.Email,
			Username:  req.Username,
			CreatedAt: dbtime.Now(),
			UpdatedAt: dbtime.Now(),
			// All new users are defaulted to members of the site.
			RBACRoles: req.RBACRoles,
			LoginType: req.LoginType,
		}
		if params.RBACRoles == nil {
			params.RBACRoles = []string{}
		}
		// If a user signs up with OAuth, they can have no password!
		if req.Password != "" {
			params.HashedPassword = []byte("hashed:" + req.Password)
		}

		var err error
		user, err = tx.InsertUser(ctx, params)
		if err != nil {
			return xerrors.Errorf("create user: %w", err)
		}

		for _, orgID := range orgIDs {
			_, err = tx.InsertOrganizationMember(ctx, database.InsertOrganizationMemberParams{
				OrganizationID: orgID,
				UserID:         user.ID,
				CreatedAt:      dbtime.Now(),
				UpdatedAt:      dbtime.Now(),
				// By default give them membership to the organization.
				Roles: orgRoles,
			})
			if err != nil {
				return xerrors.Errorf("create organization member: %w", err)
			}
		}
		return nil
	}, nil)
	var orgID uuid.UUID
	if len(orgIDs) > 0 {
		orgID = orgIDs[0]
	}
	return user, orgID, err
}
