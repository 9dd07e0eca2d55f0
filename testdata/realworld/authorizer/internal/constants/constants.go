// Package constants reproduces authorizerdev/authorizer 4ad0758cebf4 internal/constants (only the values used here).
package constants

const (
	// AuthRecipeMethodBasicAuth is internal/constants/auth_methods.go:5.
	AuthRecipeMethodBasicAuth = "basic_auth"
	// AuthRecipeMethodMobileBasicAuth is internal/constants/auth_methods.go:7.
	AuthRecipeMethodMobileBasicAuth = "mobile_basic_auth"
	// AuthRecipeMethodMagicLinkLogin is internal/constants/auth_methods.go:9.
	AuthRecipeMethodMagicLinkLogin = "magic_link_login"
	// AuthRecipeMethodSSO is internal/constants/auth_methods.go:38.
	AuthRecipeMethodSSO = "sso"
	// EnvKeyTOTPAuthenticator is internal/constants/authenticator_method.go:6.
	EnvKeyTOTPAuthenticator = "totp"
	// E2EEnv is internal/constants/env.go:15.
	E2EEnv = "e2e"
	// KeySourceOIDCDiscovery is internal/constants/grant_types.go:54.
	KeySourceOIDCDiscovery = "oidc_discovery"
	// AuthMethodJWTAssertion is internal/constants/grant_types.go:96.
	AuthMethodJWTAssertion = "jwt_assertion"
	// TrustKindClientAssertion is internal/constants/trusted_issuer_kind.go:18.
	TrustKindClientAssertion = "client_assertion_trust"
	// TrustKindSSOOIDC is internal/constants/trusted_issuer_kind.go:21.
	TrustKindSSOOIDC = "sso_oidc"
	// TrustKindSSOSAML is internal/constants/trusted_issuer_kind.go:26.
	TrustKindSSOSAML = "sso_saml"
	// VerificationTypeMagicLinkLogin is internal/constants/verification_types.go:7.
	VerificationTypeMagicLinkLogin = "magic_link_login"
	// VerificationTypeInviteMember is internal/constants/verification_types.go:13.
	VerificationTypeInviteMember = "invite_member"
)
