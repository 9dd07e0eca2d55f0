// Package implsession reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/session/implsession (module.go,
// handler.go): the SSO (Google / SAML / OIDC) callback, which provisions the
// user on first login.
package implsession

import (
	"context"
	"net/http"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/http/render"
	"example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
)

// CallbackIdentity stands for authtypes.CallbackIdentity, what the authN
// provider's HandleCallback returns (the SSO protocol handling is trimmed).
type CallbackIdentity struct {
	Name  string
	Email valuer.Email
	OrgID valuer.UUID
}

// CallbackAuthNProvider narrows authn.CallbackAuthN to HandleCallback.
type CallbackAuthNProvider interface {
	HandleCallback(ctx context.Context, req *http.Request) (*CallbackIdentity, error)
}

type module struct {
	userSetter user.Setter
	authN      CallbackAuthNProvider
}

func NewModule(userSetter user.Setter, authN CallbackAuthNProvider) *module {
	return &module{userSetter: userSetter, authN: authN}
}

// CreateCallbackAuthNSession reproduces module.go:134 (auth domain, role
// mapping and token issue trimmed): GetOrCreateUser at :172.
func (module *module) CreateCallbackAuthNSession(ctx context.Context, req *http.Request) (string, error) {
	callbackIdentity, err := module.authN.HandleCallback(ctx, req)
	if err != nil {
		return "", err
	}

	newUser, err := types.NewUser(callbackIdentity.Name, callbackIdentity.Email, callbackIdentity.OrgID, types.UserStatusActive)
	if err != nil {
		return "", err
	}

	newUser, err = module.userSetter.GetOrCreateUser(ctx, newUser, user.WithRoleNames(nil))
	if err != nil {
		return "", err
	}

	if err := newUser.ErrIfRoot(); err != nil {
		return "", errors.WithAdditionalf(err, "root user can only authenticate via password")
	}

	return newUser.ID.StringValue(), nil
}

type handler struct {
	module *module
}

func NewHandler(module *module) *handler {
	return &handler{module: module}
}

// CreateSessionByOIDCCallback reproduces handler.go:106 (the Google :72 and
// SAML :87 callbacks are the same).
func (handler *handler) CreateSessionByOIDCCallback(rw http.ResponseWriter, req *http.Request) {
	redirectURL, err := handler.module.CreateCallbackAuthNSession(req.Context(), req)
	if err != nil {
		render.Error(rw, err)
		return
	}

	http.Redirect(rw, req, redirectURL, http.StatusSeeOther)
}
