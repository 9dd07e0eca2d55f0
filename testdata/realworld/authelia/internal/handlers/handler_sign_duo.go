package handlers

import (
	"errors"
	"fmt"

	"example.com/realworld/authelia/internal/duo"
	"example.com/realworld/authelia/internal/middlewares"
	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/regulation"
	"example.com/realworld/authelia/internal/session"
	"example.com/realworld/authelia/internal/utils"
)

const errStrRespBody = "error occurred writing the response body"

type bodySignDuoRequest struct {
	TargetURL string `json:"targetURL"`
	Passcode  string `json:"passcode"`
}

// DuoDevice represents a Duo device and its capabilities (upstream handlers/types.go).
type DuoDevice struct {
	Device       string   `json:"device"`
	Capabilities []string `json:"method"`
}

// DuoSignResponse represents a Duo sign response.
type DuoSignResponse struct {
	Result    string      `json:"result"`
	EnrollURL string      `json:"enroll_url,omitempty"`
	Devices   []DuoDevice `json:"devices,omitempty"`
}

// DuoPOST handler for sending a push notification via Duo API.
// upstream internal/handlers/handler_sign_duo.go:47 (POST /api/secondfactor/duo)
func DuoPOST(duoAPI duo.Provider) middlewares.RequestHandler {
	return func(ctx *middlewares.AutheliaCtx) {
		bodyJSON := &bodySignDuoRequest{}
		if err := ctx.ParseBody(bodyJSON); err != nil {
			ctx.ReplyUnauthorized()

			return
		}

		userSession, err := ctx.GetSession()
		if err != nil {
			ctx.Error(fmt.Errorf("%s: %w", errStrUserSessionData, err), messageMFAValidationFailed)
			return
		}

		if err := HandleDuoAuthentication(ctx, &userSession, duoAPI, bodyJSON); err != nil {
			ctx.ReplyUnauthorized()
			return
		}
	}
}

// PerformDuoAuthenticationIfValid performs Duo authentication if device and method are valid.
// upstream internal/handlers/handler_sign_duo.go:100
func PerformDuoAuthenticationIfValid(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, duoAPI duo.Provider, device, method string, bodyJSON *bodySignDuoRequest) error {
	if device == "" || method == "" {
		return nil
	}

	result, err := duoAPI.AuthCall(ctx, userSession, device, method)
	if err != nil {
		return err
	}

	if result != allow {
		doMarkAuthenticationAttempt(ctx, false, regulation.NewBan(regulation.BanTypeNone, userSession.Username, nil), regulation.AuthTypeDuo, nil)

		return fmt.Errorf("duo authentication failed")
	}

	doMarkAuthenticationAttempt(ctx, true, regulation.NewBan(regulation.BanTypeNone, userSession.Username, nil), regulation.AuthTypeDuo, nil)

	return nil
}

// DuoPreAuth performs the preauth call (upstream internal/handlers/handler_sign_duopreauth.go:13, reduced).
func DuoPreAuth(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, duoAPI duo.Provider) (result, message string, devices []DuoDevice, enrollURL string, err error) {
	preAuthResponse, err := duoAPI.PreAuthCall(ctx, userSession)
	if err != nil {
		return "", "", nil, "", err
	}

	for _, d := range preAuthResponse.Devices {
		devices = append(devices, DuoDevice{Device: d.Device, Capabilities: d.Capabilities})
	}

	return preAuthResponse.Result, preAuthResponse.StatusMessage, devices, preAuthResponse.EnrollPortalURL, nil
}

// HandleInitialDeviceSelection handler for retrieving all available devices.
// upstream internal/handlers/handler_sign_duo.go:116
func HandleInitialDeviceSelection(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, duoAPI duo.Provider, bodyJSON *bodySignDuoRequest) (device string, method string, err error) {
	result, message, devices, enrollURL, err := DuoPreAuth(ctx, userSession, duoAPI)
	if err != nil {
		ctx.Logger.Errorf("Failed to perform Duo PreAuth for user '%s': %+v", userSession.Username, err)
		ctx.ReplyUnauthorized()

		return "", "", err
	}

	return HandleDuoPreAuthResult(ctx, userSession, result, message, devices, enrollURL, bodyJSON)
}

// HandleDuoAuthentication handles the complete Duo authentication flow.
// upstream internal/handlers/handler_sign_duo.go:129
func HandleDuoAuthentication(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, duoAPI duo.Provider, bodyJSON *bodySignDuoRequest) error {
	duoDevice, err := ctx.Providers.StorageProvider.LoadPreferredDuoDevice(ctx, userSession.Username) // safe: the device saved further down the chain (HandleAutoSelection) is an upsert (INSERT ... ON CONFLICT (username) DO UPDATE / REPLACE INTO)
	if err != nil {
		selectedDevice, selectedMethod, err := HandleInitialDeviceSelection(ctx, userSession, duoAPI, bodyJSON)
		if err != nil {
			return err
		}

		return PerformDuoAuthenticationIfValid(ctx, userSession, duoAPI, selectedDevice, selectedMethod, bodyJSON)
	}

	selectedDevice, selectedMethod, err := HandlePreferredDeviceCheck(ctx, userSession, duoAPI, duoDevice.Device, duoDevice.Method, bodyJSON)
	if err != nil {
		return err
	}

	return PerformDuoAuthenticationIfValid(ctx, userSession, duoAPI, selectedDevice, selectedMethod, bodyJSON)
}

// HandleDuoPreAuthResult processes the result of a DuoPreAuth call and handles common response logic.
// upstream internal/handlers/handler_sign_duo.go:149
func HandleDuoPreAuthResult(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, result, message string, devices []DuoDevice, enrollURL string, bodyJSON *bodySignDuoRequest) (device, method string, err error) {
	switch result {
	case enroll:
		if err := ctx.SetJSONBody(DuoSignResponse{Result: enroll, EnrollURL: enrollURL}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil

	case deny:
		if err := ctx.SetJSONBody(DuoSignResponse{Result: deny}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil

	case allow:
		// HandleAllow (session regeneration) trimmed.
		return "", "", nil

	case auth:
		return HandleAuthResult(ctx, userSession, devices, "", "")

	default:
		return "", "", fmt.Errorf("unknown result: %s", result)
	}
}

// SelectDeviceFromAvailable selects the best device from available options.
// upstream internal/handlers/handler_sign_duo.go:201
func SelectDeviceFromAvailable(devices []DuoDevice, storedDevice, storedMethod string) (device, method string) {
	if storedDevice != "" && storedMethod != "" {
		if selectedDevice, selectedMethod := FindValidDevice(devices, storedDevice, storedMethod); selectedDevice != "" {
			return selectedDevice, selectedMethod
		}
	}

	return "", ""
}

// HandleAuthResult handles the auth result case for device selection.
// upstream internal/handlers/handler_sign_duo.go:212 (HandleNoDevicesAvailable's delete trimmed)
func HandleAuthResult(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, devices []DuoDevice, storedDevice, storedMethod string) (device, method string, err error) {
	if devices == nil {
		if err := ctx.SetJSONBody(DuoSignResponse{Result: enroll}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil
	}

	selectedDevice, selectedMethod := SelectDeviceFromAvailable(devices, storedDevice, storedMethod)
	if selectedDevice != "" {
		return selectedDevice, selectedMethod, nil
	}

	return HandleAutoSelection(ctx, devices, userSession.Username)
}

// HandlePreferredDeviceCheck handler to check if the saved device and method is still valid.
// upstream internal/handlers/handler_sign_duo.go:241 (the enroll branch's DeletePreferredDuoDevice trimmed)
func HandlePreferredDeviceCheck(ctx *middlewares.AutheliaCtx, userSession *session.UserSession, duoAPI duo.Provider, storedDevice string, storedMethod string, bodyJSON *bodySignDuoRequest) (string, string, error) {
	result, message, devices, enrollURL, err := DuoPreAuth(ctx, userSession, duoAPI)
	if err != nil {
		ctx.Logger.Errorf("Failed to perform Duo PreAuth for user '%s': %+v", userSession.Username, err)
		ctx.ReplyUnauthorized()

		return "", "", nil
	}

	switch result {
	case enroll:
		if err := ctx.SetJSONBody(DuoSignResponse{Result: enroll, EnrollURL: enrollURL}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil
	case deny:
		ctx.Logger.Infof("Duo user: '%s' not allowed to authenticate: %s", userSession.Username, message)
		ctx.ReplyUnauthorized()

		return "", "", nil
	case allow:
		return "", "", nil
	case auth:
		return HandleAuthResult(ctx, userSession, devices, storedDevice, storedMethod)
	default:
		return "", "", fmt.Errorf("unknown result: %s", result)
	}
}

// FindValidDevice checks if a preferred device/method combination is still available.
// upstream internal/handlers/handler_sign_duo.go:230
func FindValidDevice(devices []DuoDevice, preferredDevice, preferredMethod string) (device, method string) {
	for _, dev := range devices {
		if dev.Device == preferredDevice && utils.IsStringInSlice(preferredMethod, dev.Capabilities) {
			return preferredDevice, preferredMethod
		}
	}

	return "", ""
}

// HandleAutoSelection handler automatically selects preferred device if there is only one suitable option.
// upstream internal/handlers/handler_sign_duo.go:282
func HandleAutoSelection(ctx *middlewares.AutheliaCtx, devices []DuoDevice, username string) (string, string, error) {
	if devices == nil {
		if err := ctx.SetJSONBody(DuoSignResponse{Result: enroll}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil
	}

	if len(devices) > 1 {
		if err := ctx.SetJSONBody(DuoSignResponse{Result: auth, Devices: devices}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil
	}

	if len(devices[0].Capabilities) > 1 {
		if err := ctx.SetJSONBody(DuoSignResponse{Result: auth, Devices: devices}); err != nil {
			return "", "", errors.New(errStrRespBody)
		}

		return "", "", nil
	}

	device := devices[0].Device
	method := devices[0].Capabilities[0]
	ctx.Logger.Debugf("Exactly one device: '%s' and method: '%s' found, saving as new preferred Duo device and method for user: '%s'", device, method, username)

	if err := ctx.Providers.StorageProvider.SavePreferredDuoDevice(ctx, model.DuoDevice{Username: username, Method: method, Device: device}); err != nil {
		return "", "", fmt.Errorf("unable to save new preferred Duo device and method for user '%s': %w", username, err)
	}

	return device, method, nil
}
