package routing

import (
	"context"
	"encoding/json"
	"net/http"

	"example.com/heldout/dendrite/roomserver/api"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
	"example.com/heldout/dendrite/third_party/util"
	userapi "example.com/heldout/dendrite/userapi/api"
)

// Setup stands in for clientapi/routing/routing.go Setup (:66): it resolves
// the server-notices sender once (:257) before any route is served, then
// returns the handlers of the reproduced routes. It is not upstream code.
func Setup(
	ctx context.Context,
	serverName spec.ServerName,
	cfgNotices *ServerNoticesConfig,
	rsAPI api.ClientRoomserverAPI,
	userAPI userapi.ClientUserAPI,
	createRoom CreateRoomFunc,
	saveTagData func(ctx context.Context, userID, roomID string, tag string) error,
	generateLoginToken func(userID string) (string, error),
) (map[string]func(*http.Request) util.JSONResponse, error) {
	serverNotificationSender, err := getSenderDevice(ctx, userAPI, cfgNotices, serverName, generateLoginToken)
	if err != nil {
		return nil, err
	}
	return map[string]func(*http.Request) util.JSONResponse{
		"/_synapse/admin/v1/send_server_notice": func(req *http.Request) util.JSONResponse {
			var r sendServerNoticeRequest
			if err := json.NewDecoder(req.Body).Decode(&r); err != nil {
				return util.JSONResponse{Code: http.StatusBadRequest, JSON: spec.BadJSON(err.Error())}
			}
			return SendServerNotice(req.Context(), r, cfgNotices, serverName, rsAPI, serverNotificationSender, createRoom, saveTagData)
		},
		"/_dendrite/admin/registrationTokens/new": func(req *http.Request) util.JSONResponse {
			return AdminCreateNewRegistrationToken(req, true, userAPI)
		},
		"/register?kind=guest": func(req *http.Request) util.JSONResponse {
			return handleGuestRegistration(req, serverName, true, true, userAPI)
		},
		"/register": func(req *http.Request) util.JSONResponse {
			q := req.URL.Query()
			return completeRegistration(req.Context(), userAPI, q.Get("username"), serverName, q.Get("password"), "", userapi.AccountTypeUser)
		},
	}, nil
}
