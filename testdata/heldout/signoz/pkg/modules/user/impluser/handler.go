package impluser

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/http/render"
	root "example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// handler reproduces pkg/modules/user/impluser/handler.go (gorilla/mux vars
// replaced by http.Request.PathValue, binding.JSON by encoding/json).
type handler struct {
	setter root.Setter
	getter root.Getter
}

func NewHandler(setter root.Setter, getter root.Getter) root.Handler {
	return &handler{setter: setter, getter: getter}
}

type postableUser struct {
	DisplayName     string       `json:"displayName"`
	Email           valuer.Email `json:"email"`
	FrontendBaseUrl string       `json:"frontendBaseUrl"`
}

// CreateUser reproduces handler.go:28 (the invite: POST /api/v2/users).
func (handler *handler) CreateUser(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	req := new(postableUser)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(rw, err)
		return
	}

	user, err := types.NewUser(req.DisplayName, req.Email, valuer.MustNewUUID(claims.OrgID), types.UserStatusPendingInvite)
	if err != nil {
		render.Error(rw, err)
		return
	}

	user, err = handler.setter.CreatePendingInviteUser(ctx, valuer.MustNewUUID(claims.IdentityID()), valuer.MustNewEmail(claims.Email), req.FrontendBaseUrl, user)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusCreated, types.Identifiable{ID: user.ID})
}

// CreateResetPasswordToken reproduces handler.go:252 (POST
// /api/v2/users/{id}/reset_password_tokens, admin).
func (handler *handler) CreateResetPasswordToken(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	userID, err := valuer.NewUUID(r.PathValue("id"))
	if err != nil {
		render.Error(w, err)
		return
	}

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(w, err)
		return
	}

	user, err := handler.getter.GetUserByOrgIDAndID(ctx, valuer.MustNewUUID(claims.OrgID), userID)
	if err != nil {
		render.Error(w, err)
		return
	}

	token, err := handler.setter.GetOrCreateResetPasswordToken(ctx, user.ID)
	if err != nil {
		render.Error(w, err)
		return
	}

	render.Success(w, http.StatusCreated, token)
}

type postableForgotPassword struct {
	OrgID           valuer.UUID  `json:"orgId" required:"true"`
	Email           valuer.Email `json:"email" required:"true"`
	FrontendBaseURL string       `json:"frontendBaseURL"`
}

// ForgotPassword reproduces handler.go:346 (POST /api/v2/factor_password/forgot, open access).
func (handler *handler) ForgotPassword(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	req := new(postableForgotPassword)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(w, err)
		return
	}

	err := handler.setter.ForgotPassword(ctx, req.OrgID, req.Email, req.FrontendBaseURL)
	if err != nil {
		render.Error(w, err)
		return
	}

	render.Success(w, http.StatusNoContent, nil)
}

type postableUserRole struct {
	UserID   valuer.UUID `json:"userId"`
	RoleName string      `json:"roleName"`
}

// CreateUserRole reproduces handler.go:418 (upstream resolves the role id to
// its name in AddUserRoleByRoleID, setter.go:765, then calls AddUserRole).
func (handler *handler) CreateUserRole(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(w, err)
		return
	}

	req := new(postableUserRole)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(w, err)
		return
	}

	userRole, err := handler.setter.AddUserRole(ctx, valuer.MustNewUUID(claims.OrgID), req.UserID, req.RoleName)
	if err != nil {
		render.Error(w, err)
		return
	}

	render.Success(w, http.StatusCreated, types.Identifiable{ID: userRole.ID})
}
