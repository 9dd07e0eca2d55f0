package handlers

import (
	"errors"
	"net/http"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/auth/realm/jwt"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/organisation_members"
	"example.com/heldout/convoy/internal/organisations"
	"example.com/heldout/convoy/internal/users"
	"example.com/heldout/convoy/services"
	"example.com/heldout/convoy/third_party/render"
	"example.com/heldout/convoy/util"
)

func (h *Handler) RedeemSSOCallback(w http.ResponseWriter, r *http.Request) {
	lu := services.NewLoginUserSSOService(
		users.New(h.A.Logger, h.A.DB),
		organisations.New(h.A.Logger, h.A.DB),
		organisation_members.New(h.A.Logger, h.A.DB),
		jwt.NewJwt(""),
		h.A.ConfigRepo,
		h.A.Licenser,
		h.A.Logger,
		"",
		"",
	)

	// (upstream: lu.RedeemToken(r.URL.Query()) validates the SSO token with the
	// SSO service and returns its payload; reduced to decoding the payload)
	tokenResp := &models.SSOTokenResponse{}
	if err := util.ReadJSON(r, tokenResp); err != nil {
		h.A.Logger.Errorf("SSO token redemption failed: %v", err)
		_ = render.Render(w, r, util.NewErrorResponse("Authentication failed", http.StatusForbidden))
		return
	}

	registered := false
	user, token, err := lu.LoginSSOUser(r.Context(), tokenResp)
	if err != nil {
		if !errors.Is(err, datastore.ErrUserNotFound) {
			h.A.Logger.Errorf("SSO callback login failed: %v", err)
			_ = render.Render(w, r, util.NewErrorResponse("Authentication failed", http.StatusForbidden))
			return
		}
		user, token, err = lu.RegisterSSOUser(r.Context(), h.A, tokenResp)
		registered = err == nil
		if err != nil && errors.Is(err, services.ErrUserAlreadyExist) {
			user, token, err = lu.LoginSSOUser(r.Context(), tokenResp)
		}
		if err != nil {
			h.A.Logger.Errorf("SSO callback registration failed: %v", err)
			_ = render.Render(w, r, util.NewErrorResponse("Registration failed", http.StatusForbidden))
			return
		}
	}

	// (upstream: RefreshLicenseDataForUser goroutine; not reproduced)

	u := &models.LoginUserResponse{
		User:  user,
		Token: models.Token{AccessToken: token.AccessToken, RefreshToken: token.RefreshToken},
	}
	_ = render.Render(w, r, util.NewServerResponse("Login successful", u, http.StatusOK))

	_ = registered // (upstream: enqueueCloudOnboardingWelcome for new registrations)
}
