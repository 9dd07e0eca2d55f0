package routing

import (
	"context"
	"fmt"
	"net/http"

	"example.com/heldout/dendrite/clientapi/userutil"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/third_party/util"
	userapi "example.com/heldout/dendrite/userapi/api"
)

// handleGuestRegistration reproduces clientapi/routing/register.go:580 (trimmed:
// the virtual-host registration switches become parameters, and the access
// token and device creation after the account insert, :612-648, are dropped).
func handleGuestRegistration(
	req *http.Request,
	serverName spec.ServerName,
	registrationEnabled, guestsEnabled bool,
	userAPI userapi.ClientUserAPI,
) util.JSONResponse {
	if !registrationEnabled || !guestsEnabled {
		return util.JSONResponse{
			Code: http.StatusForbidden,
			JSON: spec.Forbidden(
				fmt.Sprintf("Guest registration is disabled on %q", serverName),
			),
		}
	}

	var res userapi.PerformAccountCreationResponse
	err := userAPI.PerformAccountCreation(req.Context(), &userapi.PerformAccountCreationRequest{
		AccountType: userapi.AccountTypeGuest,
		ServerName:  serverName,
	}, &res)
	if err != nil {
		return util.JSONResponse{
			Code: http.StatusInternalServerError,
			JSON: spec.Unknown("failed to create account: " + err.Error()),
		}
	}
	return util.JSONResponse{
		Code: http.StatusOK,
		JSON: map[string]string{"user_id": res.Account.UserID},
	}
}

// completeRegistration reproduces clientapi/routing/register.go:838 (trimmed:
// everything after the account insert — metrics, inhibit_login, access token
// and device creation, :882-946 — is dropped).
func completeRegistration(
	ctx context.Context,
	userAPI userapi.ClientUserAPI,
	username string, serverName spec.ServerName,
	password, appserviceID string,
	accType userapi.AccountType,
) util.JSONResponse {
	if username == "" {
		return util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.MissingParam("Missing username"),
		}
	}
	// Blank passwords are only allowed by registered application services
	if password == "" && appserviceID == "" {
		return util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.MissingParam("Missing password"),
		}
	}
	var accRes userapi.PerformAccountCreationResponse
	err := userAPI.PerformAccountCreation(ctx, &userapi.PerformAccountCreationRequest{
		AppServiceID: appserviceID,
		Localpart:    username,
		ServerName:   serverName,
		Password:     password,
		AccountType:  accType,
		OnConflict:   userapi.ConflictAbort,
	}, &accRes)
	if err != nil {
		if _, ok := err.(*userapi.ErrorConflict); ok { // user already exists
			return util.JSONResponse{
				Code: http.StatusBadRequest,
				JSON: spec.UserInUse("Desired user ID is already taken."),
			}
		}
		return util.JSONResponse{
			Code: http.StatusInternalServerError,
			JSON: spec.Unknown("failed to create account: " + err.Error()),
		}
	}

	return util.JSONResponse{
		Code: http.StatusOK,
		JSON: map[string]string{"user_id": userutil.MakeUserID(username, accRes.Account.ServerName)},
	}
}
