package routing

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/heldout/dendrite/roomserver/api"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/third_party/util"
	userapi "example.com/heldout/dendrite/userapi/api"
)

// sendServerNoticeRequest reproduces clientapi/routing/server_notices.go:44.
// Unspecced server notice request
// https://github.com/matrix-org/synapse/blob/develop/docs/admin_api/server_notices.md
type sendServerNoticeRequest struct {
	UserID  string `json:"user_id,omitempty"`
	Content struct {
		MsgType string `json:"msgtype,omitempty"`
		Body    string `json:"body,omitempty"`
	} `json:"content,omitempty"`
	Type     string `json:"type,omitempty"`
	StateKey string `json:"state_key,omitempty"`
}

// valid reproduces clientapi/routing/server_notices.go:291.
func (r sendServerNoticeRequest) valid() (ok bool) {
	if r.UserID == "" {
		return false
	}
	if r.Content.MsgType == "" || r.Content.Body == "" {
		return false
	}
	return true
}

// ServerNoticesConfig stands in for config.ServerNotices.
type ServerNoticesConfig struct {
	LocalPart string
	RoomName  string
}

// CreateRoomFunc stands in for createRoom (clientapi/routing/createroom.go),
// which creates a new room (fresh room ID) with the given invitees and returns
// its ID.
type CreateRoomFunc func(ctx context.Context, invite []string, name string, roomVersion string, powerLevelContentOverride json.RawMessage, senderDevice *userapi.Device) (roomID string, err error)

// SendServerNotice reproduces clientapi/routing/server_notices.go:56 (trimmed:
// the admin check, transaction cache and request parsing become plain
// arguments; createRoom and saveTagData are stand-ins and
// eventutil.InitialPowerLevelsContent is a literal map; the re-invite branch,
// :196-223, and the message sending after the room is chosen, :225-288, are
// dropped; the room lookup and the create decision are kept as upstream wrote them).
// nolint:gocyclo
// SendServerNotice sends a message to a specific user. It can only be invoked by an admin.
func SendServerNotice(
	ctx context.Context,
	r sendServerNoticeRequest,
	cfgNotices *ServerNoticesConfig,
	serverName spec.ServerName,
	rsAPI api.ClientRoomserverAPI,
	senderDevice *userapi.Device,
	createRoom CreateRoomFunc,
	saveTagData func(ctx context.Context, userID, roomID string, tag string) error,
) util.JSONResponse {
	// check that all required fields are set
	if !r.valid() {
		return util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.BadJSON("Invalid request"),
		}
	}

	userID, err := spec.NewUserID(r.UserID, true)
	if err != nil {
		return util.JSONResponse{
			Code: http.StatusBadRequest,
			JSON: spec.InvalidParam("invalid user ID"),
		}
	}

	// get rooms for specified user
	allUserRooms := []spec.RoomID{}
	// Get rooms the user is either joined, invited or has left.
	for _, membership := range []string{"join", "invite", "leave"} {
		userRooms, queryErr := rsAPI.QueryRoomsForUser(ctx, *userID, membership) // race; no unique key: a user's server-notice room is just the room the notices sender shares with them — nothing in the roomserver tables makes it unique, and each createRoom makes a fresh room ID
		if queryErr != nil {
			return util.ErrorResponse(err)
		}
		allUserRooms = append(allUserRooms, userRooms...)
	}

	// get rooms of the sender
	senderUserID, err := spec.NewUserID(fmt.Sprintf("@%s:%s", cfgNotices.LocalPart, serverName), true)
	if err != nil {
		return util.JSONResponse{
			Code: http.StatusInternalServerError,
			JSON: spec.Unknown("internal server error"),
		}
	}
	senderRooms, err := rsAPI.QueryRoomsForUser(ctx, *senderUserID, "join")
	if err != nil {
		return util.ErrorResponse(err)
	}

	// check if we have rooms in common
	commonRooms := []spec.RoomID{}
	for _, userRoomID := range allUserRooms {
		for _, senderRoomID := range senderRooms {
			if userRoomID == senderRoomID {
				commonRooms = append(commonRooms, senderRoomID)
			}
		}
	}

	if len(commonRooms) > 1 {
		return util.ErrorResponse(fmt.Errorf("expected to find one room, but got %d", len(commonRooms)))
	}

	var (
		roomID      string
		roomVersion = rsAPI.DefaultRoomVersion()
	)

	// create a new room for the user
	if len(commonRooms) == 0 {
		powerLevelContent := map[string]interface{}{
			"users": map[string]int{senderUserID.String(): 100, r.UserID: -10}, // taken from Synapse
		}
		pl, err := json.Marshal(powerLevelContent)
		if err != nil {
			return util.ErrorResponse(err)
		}

		roomID, err = createRoom(ctx, []string{r.UserID}, cfgNotices.RoomName, string(roomVersion), pl, senderDevice)
		if err != nil {
			// if we didn't get a createRoomResponse, we probably received an error, so return that.
			return util.ErrorResponse(err)
		}

		// tag the room, so we can later check if the user tries to reject an invite
		if err = saveTagData(ctx, r.UserID, roomID, "m.server_notice"); err != nil {
			util.GetLogger(ctx).WithError(err).Error("saveTagData failed")
			return util.JSONResponse{
				Code: http.StatusInternalServerError,
				JSON: spec.InternalServerError{},
			}
		}
	} else {
		roomID = commonRooms[0].String()
	}

	return util.JSONResponse{
		Code: http.StatusOK,
		JSON: map[string]string{"room_id": roomID},
	}
}

// getSenderDevice reproduces clientapi/routing/server_notices.go:303 (trimmed:
// the avatar / display name updates, :321-345, and the profile re-send for an
// existing device, :358-364, are dropped; tokens.GenerateLoginToken is a
// parameter).
// getSenderDevice creates a user account to be used when sending server notices.
// It returns an userapi.Device, which is used for building the event
func getSenderDevice(
	ctx context.Context,
	userAPI userapi.ClientUserAPI,
	cfgNotices *ServerNoticesConfig,
	serverName spec.ServerName,
	generateLoginToken func(userID string) (string, error),
) (*userapi.Device, error) {
	var accRes userapi.PerformAccountCreationResponse
	// create account if it doesn't exist
	err := userAPI.PerformAccountCreation(ctx, &userapi.PerformAccountCreationRequest{
		AccountType: userapi.AccountTypeUser,
		Localpart:   cfgNotices.LocalPart,
		ServerName:  serverName,
		OnConflict:  userapi.ConflictUpdate,
	}, &accRes)
	if err != nil {
		return nil, err
	}

	// Check if we got existing devices
	deviceRes := &userapi.QueryDevicesResponse{}
	err = userAPI.QueryDevices(ctx, &userapi.QueryDevicesRequest{ // safe: single-threaded startup: getSenderDevice runs once from routing.Setup (clientapi/routing/routing.go:257) before the routes are served
		UserID: accRes.Account.UserID,
	}, deviceRes)
	if err != nil {
		return nil, err
	}

	// We've got an existing account, return the first device of it
	if len(deviceRes.Devices) > 0 {
		return &deviceRes.Devices[0], nil
	}

	// create an AccessToken
	token, err := generateLoginToken(accRes.Account.UserID)
	if err != nil {
		return nil, err
	}

	// create a new device, if we didn't find any
	var devRes userapi.PerformDeviceCreationResponse
	err = userAPI.PerformDeviceCreation(ctx, &userapi.PerformDeviceCreationRequest{
		Localpart:          cfgNotices.LocalPart,
		ServerName:         serverName,
		DeviceDisplayName:  &cfgNotices.LocalPart,
		AccessToken:        token,
		NoDeviceListUpdate: true,
	}, &devRes)

	if err != nil {
		return nil, err
	}
	return devRes.Device, nil
}
