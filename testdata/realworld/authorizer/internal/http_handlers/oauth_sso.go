// Package http_handlers reproduces authorizerdev/authorizer 4ad0758cebf4 internal/http_handlers.
package http_handlers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// MapClaims stands in for github.com/golang-jwt/jwt.MapClaims.
type MapClaims map[string]interface{}

// ssoFlowState is internal/http_handlers/oauth_sso.go:85 (trimmed).
type ssoFlowState struct {
	ConnID         string `json:"conn_id"`
	OrgID          string `json:"org_id"`
	ExpectedIssuer string `json:"issuer"`
}

// jitProvisionSSOUser is internal/http_handlers/oauth_sso.go:514, called from
// SSOCallbackHandler (:304).
// jitProvisionSSOUser maps ID-token claims to an Authorizer user, namespaced by
// (org_id, issuer, sub). Returns (user, isSignUp, error).
func (h *httpProvider) jitProvisionSSOUser(ctx context.Context, flow *ssoFlowState, claims MapClaims) (*schemas.User, bool, error) {
	sub, _ := claims["sub"].(string)
	profile := federatedProfile{
		Email:         strings.TrimSpace(claimString(claims, "email")),
		EmailVerified: emailVerifiedClaim(claims),
		GivenName:     claimString(claims, "given_name"),
		FamilyName:    claimString(claims, "family_name"),
		Nickname:      claimString(claims, "name"),
		Picture:       claimString(claims, "picture"),
	}
	return h.jitProvisionFederatedUser(ctx, flow.OrgID, flow.ExpectedIssuer, sub, profile)
}

// federatedProfile is internal/http_handlers/oauth_sso.go:530.
// federatedProfile carries the optional profile attributes extracted from an
// upstream identity (OIDC ID-token claims or SAML assertion attributes) for JIT
// provisioning. The subject (federated identity) is passed separately.
type federatedProfile struct {
	Email         string
	EmailVerified bool
	GivenName     string
	FamilyName    string
	Nickname      string
	Picture       string
}

// jitProvisionFederatedUser is internal/http_handlers/oauth_sso.go:550, the
// shared core of the OIDC broker (jitProvisionSSOUser) and the SAML SP
// (SAMLACSHandler, saml_sp.go:289).
// jitProvisionFederatedUser is the shared JIT provisioning core for BOTH the
// OIDC broker and the SAML SP. Federated principals are namespaced by
// (orgID, issuer, subject); the security-critical invariants live here so the
// two brokers cannot drift apart:
//
//   - a returning principal is resolved ONLY via the (orgID, issuer, subject)
//     FederatedIdentity row;
//   - a first-time principal whose email collides with ANY existing account is
//     rejected fail-closed — never silently linked (account-takeover defense);
//   - a partial provisioning (user created, federated-identity insert failed) is
//     rolled back by deleting the orphaned user so a retry is clean.
func (h *httpProvider) jitProvisionFederatedUser(ctx context.Context, orgID, issuer, subject string, profile federatedProfile) (*schemas.User, bool, error) {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		return nil, false, fmt.Errorf("missing subject")
	}

	// Returning principal?
	if fi, err := h.StorageProvider.GetFederatedIdentity(ctx, orgID, issuer, subject); err == nil && fi != nil { // race
		user, err := h.StorageProvider.GetUserByID(ctx, fi.UserID)
		if err != nil || user == nil {
			return nil, false, fmt.Errorf("federated identity references an unknown user")
		}
		if user.RevokedTimestamp != nil {
			return nil, false, fmt.Errorf("user access has been revoked")
		}
		return user, false, nil
	}

	if !h.Config.EnableSignup {
		return nil, false, fmt.Errorf("signup is disabled for this instance")
	}

	email := strings.TrimSpace(profile.Email)
	// Account-takeover defense: never link to an existing account by email.
	if email != "" {
		if existing, err := h.StorageProvider.GetUserByEmail(ctx, email); err == nil && existing != nil { // race
			return nil, false, fmt.Errorf("an account with this email already exists")
		}
	}

	now := time.Now().Unix()
	user := &schemas.User{
		SignupMethods: constants.AuthRecipeMethodSSO,
		Roles:         strings.Join(h.Config.DefaultRoles, ","),
	}
	if email != "" {
		user.Email = refs.NewStringRef(email)
		if profile.EmailVerified {
			user.EmailVerifiedAt = &now
		}
	}
	if profile.GivenName != "" {
		user.GivenName = refs.NewStringRef(profile.GivenName)
	}
	if profile.FamilyName != "" {
		user.FamilyName = refs.NewStringRef(profile.FamilyName)
	}
	if profile.Nickname != "" {
		user.Nickname = refs.NewStringRef(profile.Nickname)
	}
	if profile.Picture != "" {
		user.Picture = refs.NewStringRef(profile.Picture)
	}

	user, err := h.StorageProvider.AddUser(ctx, user)
	if err != nil {
		return nil, false, fmt.Errorf("failed to provision user")
	}
	if _, err := h.StorageProvider.AddFederatedIdentity(ctx, &schemas.FederatedIdentity{
		OrgID:   orgID,
		Issuer:  issuer,
		Subject: subject,
		UserID:  user.ID,
	}); err != nil {
		// Compensating action (LOW-1): the user we just created now has an email on
		// record but NO federated-identity mapping. Left in place, the next login
		// would hit the email-collision guard and lock this principal out forever,
		// and the orphan would pollute email lookups. Delete it so a retry is clean.
		if delErr := h.StorageProvider.DeleteUser(ctx, user); delErr != nil {
			h.Log.Debug().Err(delErr).Msg("failed to delete orphaned user after federated-identity insert failure")
		}
		return nil, false, fmt.Errorf("failed to record federated identity")
	}
	// Best-effort org membership: the (org_id, user_id) uniqueness guard tolerates
	// a pre-existing row. A failure here must not block the login.
	if _, err := h.StorageProvider.AddOrgMembership(ctx, &schemas.OrgMembership{
		OrgID:  orgID,
		UserID: user.ID,
	}); err != nil {
		h.Log.Debug().Err(err).Msg("failed to add org membership (non-fatal)")
	}
	return user, true, nil
}

// claimString is internal/http_handlers/oauth_sso.go:812.
func claimString(claims MapClaims, key string) string {
	s, _ := claims[key].(string)
	return s
}

// emailVerifiedClaim is internal/http_handlers/oauth_sso.go:829.
func emailVerifiedClaim(claims MapClaims) bool {
	switch v := claims["email_verified"].(type) {
	case bool:
		return v
	case string:
		return strings.EqualFold(v, "true")
	}
	return false
}
