// Package device reduces upstream server/device (RFC 8628 device flow).
package device

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"example.com/heldout/dex/server/grants"
	"example.com/heldout/dex/server/tokens"
	"example.com/heldout/dex/storage"
)

// deviceCallbackURI stands in for upstream deviceCallbackURI.
const deviceCallbackURI = "/device/callback"

// deviceTokenComplete stands in for upstream oauth2.DeviceTokenComplete.
const deviceTokenComplete = "complete"

// Handler serves the device flow.
// Reproduces upstream server/device/device.go:43 (fields reduced).
type Handler struct {
	Storage          storage.Storage
	Now              func() time.Time
	RequestsValidFor time.Duration
	Logger           *slog.Logger

	// Issuer mints the tokens for the auth-code exchange the device flow shares
	// with the authorization_code grant via grants.ExchangeAuthCode.
	Issuer *tokens.Issuer
}

// deviceFlowError is a failed step in the flow.
// Reproduces upstream server/device/device.go:69.
type deviceFlowError struct {
	status  int
	code    string
	message string
}

// renderError renders an HTML error page.
// Reproduces upstream server/device/device.go:89.
func (h *Handler) renderError(r *http.Request, w http.ResponseWriter, status int, description string) {
	http.Error(w, description, status)
}

// completeDeviceAuthorization handles the browser callback: it exchanges the
// authorization code for tokens and stores them against the device code so the
// polling device_code grant can return them. It returns the client name for the
// success page.
// Reproduces upstream server/device/device.go:319.
func (h *Handler) completeDeviceAuthorization(w http.ResponseWriter, r *http.Request) (string, *deviceFlowError) {
	ctx := r.Context()

	userCode := r.FormValue("state")
	code := r.FormValue("code")
	if userCode == "" || code == "" {
		return "", &deviceFlowError{status: http.StatusBadRequest, message: "Request was missing parameters"}
	}

	// Authorization redirect callback from the OAuth2 auth flow.
	if errMsg := r.FormValue("error"); errMsg != "" {
		// Log the error details but don't expose them to the user.
		h.Logger.ErrorContext(ctx, "OAuth2 authorization error",
			"error", errMsg,
			"error_description", r.FormValue("error_description"))
		return "", &deviceFlowError{status: http.StatusBadRequest, message: "Authorization failed. Please try again."}
	}

	authCode, err := h.Storage.GetAuthCode(ctx, code)
	if err != nil || h.Now().After(authCode.Expiry) {
		status := http.StatusBadRequest
		if err != nil && err != storage.ErrNotFound {
			h.Logger.ErrorContext(ctx, "failed to get auth code", "err", err)
			status = http.StatusInternalServerError
		}
		return "", &deviceFlowError{status: status, message: "Invalid or expired auth code."}
	}

	deviceReq, err := h.Storage.GetDeviceRequest(ctx, userCode)
	if err != nil || h.Now().After(deviceReq.Expiry) {
		status := http.StatusBadRequest
		if err != nil && err != storage.ErrNotFound {
			h.Logger.ErrorContext(ctx, "failed to get device code", "err", err)
			status = http.StatusInternalServerError
		}
		return "", &deviceFlowError{status: status, message: "Invalid or expired user code."}
	}

	// Bind the auth code to this device request: it must have been minted for the
	// same client and issued to the device callback redirect. The authorization_code
	// grant enforces the same client/redirect binding (see grants/authcode.go); the
	// device callback must not skip it, or a code minted for one client could be
	// redeemed against another client's device request (cross-client token theft).
	// The redirect is matched on its parsed path suffix, mirroring how the auth flow
	// recognizes the device callback: the issuer path prefix does not matter, and a
	// "/device/callback" in the query string can not spoof it. A value that fails to
	// parse is not a valid device redirect.
	redirectURL, err := url.Parse(authCode.RedirectURI)
	validRedirect := err == nil && strings.HasSuffix(redirectURL.Path, deviceCallbackURI)
	if authCode.ClientID != deviceReq.ClientID || !validRedirect {
		h.Logger.ErrorContext(ctx, "device callback: auth code does not match the device request",
			"auth_code_client_id", authCode.ClientID, "device_client_id", deviceReq.ClientID)
		return "", &deviceFlowError{status: http.StatusBadRequest, message: "Invalid or expired auth code."}
	}

	client, err := h.Storage.GetClient(ctx, deviceReq.ClientID)
	if err != nil {
		if err != storage.ErrNotFound {
			h.Logger.ErrorContext(ctx, "failed to get client", "err", err)
			return "", &deviceFlowError{status: http.StatusInternalServerError, code: "server_error"}
		}
		return "", &deviceFlowError{status: http.StatusUnauthorized, code: "invalid_client", message: "Invalid client credentials."}
	}
	// Constant-time comparison of the client secret, matching grants.go's client
	// authentication, so the compare does not leak the secret via timing.
	if subtle.ConstantTimeCompare([]byte(client.Secret), []byte(deviceReq.ClientSecret)) != 1 {
		return "", &deviceFlowError{status: http.StatusUnauthorized, code: "invalid_client", message: "Invalid client credentials."}
	}

	// ExchangeAuthCode consumes the code (its atomic single-use gate) and returns
	// what to issue; the tokens are minted here.
	auth, withRefresh, err := grants.ExchangeAuthCode(ctx, h.Storage, h.Logger, authCode, client)
	if err != nil {
		h.Logger.ErrorContext(ctx, "could not exchange auth code for client", "client_id", deviceReq.ClientID, "err", err)
		return "", &deviceFlowError{status: http.StatusInternalServerError, message: "Failed to exchange auth code."}
	}
	resp, err := h.Issuer.IssueResponse(ctx, auth, authCode.ID, withRefresh)
	if err != nil {
		h.Logger.ErrorContext(ctx, "could not issue tokens for device flow", "client_id", deviceReq.ClientID, "err", err)
		return "", &deviceFlowError{status: http.StatusInternalServerError, message: "Failed to exchange auth code."}
	}

	old, err := h.Storage.GetDeviceToken(ctx, deviceReq.DeviceCode) // safe: guards an update only (UpdateDeviceToken in a transaction, whose updater refuses a token already complete)
	if err != nil || h.Now().After(old.Expiry) {
		status := http.StatusBadRequest
		if err != nil && err != storage.ErrNotFound {
			h.Logger.ErrorContext(ctx, "failed to get device token", "err", err)
			status = http.StatusInternalServerError
		}
		return "", &deviceFlowError{status: status, message: "Invalid or expired device code."}
	}

	// Store the token against the device code and mark it complete.
	updater := func(old storage.DeviceToken) (storage.DeviceToken, error) {
		if old.Status == deviceTokenComplete {
			return old, errors.New("device token already complete")
		}
		respStr, err := json.MarshalIndent(resp, "", "  ")
		if err != nil {
			h.Logger.ErrorContext(ctx, "failed to marshal device token response", "err", err)
			h.renderError(r, w, http.StatusInternalServerError, "")
			return old, err
		}
		old.Token = string(respStr)
		old.Status = deviceTokenComplete
		return old, nil
	}
	if err := h.Storage.UpdateDeviceToken(ctx, deviceReq.DeviceCode, updater); err != nil {
		h.Logger.ErrorContext(ctx, "failed to update device token", "err", err)
		return "", &deviceFlowError{status: http.StatusBadRequest, message: ""}
	}

	return client.Name, nil
}
