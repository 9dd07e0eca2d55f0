package router

import (
	"context"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"
)

// idpTokenInfo stands in for the OIDC / OAuth2 verifier output
// (rt.Sso.OIDC.VerifyAccessToken / rt.Sso.OAuth2.VerifyAccessToken).
type idpTokenInfo struct {
	Username, Nickname, Phone, Email string
	Source                           string
	DefaultRoles                     []string
	DefaultTeams                     []int64
}

// verifyIdPAccessToken stands in for the provider switch of
// router_rsauth.go:249-267 (JWKS / introspection, no database access).
func (rt *Router) verifyIdPAccessToken(ctx context.Context, rawToken string) (*idpTokenInfo, error) {
	return &idpTokenInfo{Username: rawToken, Source: "oidc"}, nil
}

// authByIdPAccessToken verifies an external IdP access token and resolves it to
// a local user, provisioning one on first sight with the same defaults as SSO
// login so an agent-token user is indistinguishable from one created by an
// interactive login.
//
// authByIdPAccessToken reproduces center/router/router_rsauth.go:241 (lookup
// :269, insert :279 via User.Add, conflict fallback :282). Callers: tokenAuth
// (router_mw.go:140), VerifyAgentOAuthToken (:228), router_user.go:509.
func (rt *Router) authByIdPAccessToken(ctx context.Context, rawToken string) (*models.User, error) {
	out, err := rt.verifyIdPAccessToken(ctx, rawToken)
	if err != nil {
		return nil, err
	}
	username, nickname, phone, email := out.Username, out.Nickname, out.Phone, out.Email
	source, defaultRoles, defaultTeams := out.Source, out.DefaultRoles, out.DefaultTeams

	user, err := models.UserGetByUsername(rt.Ctx, username) // safe: conflict handled: when Add fails (UNIQUE KEY (username) hit by a concurrent first request) the winner's row is re-read and returned
	if err != nil {
		return nil, err
	}
	if user != nil {
		return user, nil
	}

	user = new(models.User)
	user.FullSsoFields(source, username, nickname, phone, email, defaultRoles)
	if err := user.Add(rt.Ctx); err != nil {
		// A concurrent request may have just created the same user; fall back to
		// the existing row instead of failing this call.
		if existing, getErr := models.UserGetByUsername(rt.Ctx, username); getErr == nil && existing != nil {
			return existing, nil
		}
		return nil, err
	}

	for _, gid := range defaultTeams {
		if err := models.UserGroupMemberAdd(rt.Ctx, gid, user.Id); err != nil {
			logger.Warningf("[RS] add user %s to group %d failed: %v", user.Username, gid, err)
		}
	}

	return user, nil
}
