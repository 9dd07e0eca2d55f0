// Package internal reproduces the get-or-create code of dendrite's
// userapi/internal (the user API implementation).
package internal

import (
	"context"
	"errors"
	"fmt"

	clientapi "example.com/heldout/dendrite/clientapi/api"
	"example.com/heldout/dendrite/internal/pushrules"
	"example.com/heldout/dendrite/internal/sqlutil"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/userapi/api"
	"example.com/heldout/dendrite/userapi/storage"
)

// UserInternalAPI reproduces userapi/internal/user_api.go:51 (trimmed: the
// producers, config and federation clients are reduced to the server name).
type UserInternalAPI struct {
	DB          storage.UserDatabase
	KeyDatabase storage.KeyDatabase
	ServerName  spec.ServerName
}

// PerformAdminCreateRegistrationToken reproduces userapi/internal/user_api.go:67.
func (a *UserInternalAPI) PerformAdminCreateRegistrationToken(ctx context.Context, registrationToken *clientapi.RegistrationToken) (bool, error) {
	exists, err := a.DB.RegistrationTokenExists(ctx, *registrationToken.Token) // race
	if err != nil {
		return false, err
	}
	if exists {
		return false, fmt.Errorf("token: %s already exists", *registrationToken.Token)
	}
	_, err = a.DB.InsertRegistrationToken(ctx, registrationToken)
	if err != nil {
		return false, fmt.Errorf("Error creating token: %s"+err.Error(), *registrationToken.Token)
	}
	return true, nil
}

// PerformAccountCreation reproduces userapi/internal/user_api.go:211 (trimmed:
// the sync-API push-rules notification, the display name update and the
// auto-join after the insert, :243-262, are dropped).
func (a *UserInternalAPI) PerformAccountCreation(ctx context.Context, req *api.PerformAccountCreationRequest, res *api.PerformAccountCreationResponse) error {
	serverName := req.ServerName
	if serverName == "" {
		serverName = a.ServerName
	}
	if serverName != a.ServerName {
		return fmt.Errorf("server name %s is not local", serverName)
	}
	acc, err := a.DB.CreateAccount(ctx, req.Localpart, serverName, req.Password, req.AppServiceID, req.AccountType)
	if err != nil {
		if errors.Is(err, sqlutil.ErrUserExists) { // This account already exists
			switch req.OnConflict {
			case api.ConflictUpdate:
				break
			case api.ConflictAbort:
				return &api.ErrorConflict{
					Message: err.Error(),
				}
			}
		}
		// account already exists
		res.AccountCreated = false
		res.Account = &api.Account{
			AppServiceID: req.AppServiceID,
			Localpart:    req.Localpart,
			ServerName:   serverName,
			UserID:       fmt.Sprintf("@%s:%s", req.Localpart, serverName),
			AccountType:  req.AccountType,
		}
		return nil
	}

	res.AccountCreated = true
	res.Account = acc
	return nil
}

// QueryAccountAvailability reproduces userapi/internal/user_api.go:927.
func (a *UserInternalAPI) QueryAccountAvailability(ctx context.Context, req *api.QueryAccountAvailabilityRequest, res *api.QueryAccountAvailabilityResponse) error {
	var err error
	res.Available, err = a.DB.CheckAccountAvailability(ctx, req.Localpart, req.ServerName)
	return err
}

// PerformSaveThreePIDAssociation reproduces userapi/internal/user_api.go:977.
func (a *UserInternalAPI) PerformSaveThreePIDAssociation(ctx context.Context, req *api.PerformSaveThreePIDAssociationRequest, res *struct{}) error {
	return a.DB.SaveThreePIDAssociation(ctx, req.ThreePID, req.Localpart, req.ServerName, req.Medium)
}

// QueryPushRules reproduces userapi/internal/user_api.go:906.
func (a *UserInternalAPI) QueryPushRules(ctx context.Context, userID string) (*pushrules.AccountRuleSets, error) {
	localpart, domain, err := gomatrixserverlib.SplitID('@', userID)
	if err != nil {
		return nil, fmt.Errorf("failed to split user ID %q for push rules", userID)
	}
	return a.DB.QueryPushRules(ctx, localpart, domain)
}
