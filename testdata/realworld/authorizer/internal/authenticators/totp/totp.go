// Package totp reproduces authorizerdev/authorizer 4ad0758cebf4 internal/authenticators/totp.
package totp

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage"
	"example.com/realworld/authorizer/internal/storage/schemas"
	"example.com/realworld/authorizer/third_party/zerolog"
)

// totalRecoveryCodes is internal/authenticators/totp/totp.go:44.
const totalRecoveryCodes = 10

// Dependencies is internal/authenticators/totp/provider.go:10 (memory store and encryption key trimmed).
type Dependencies struct {
	Log             *zerolog.Logger
	StorageProvider storage.Provider
}

// provider is internal/authenticators/totp/provider.go:25.
type provider struct {
	deps *Dependencies
}

// AuthenticatorConfig is a minimal stand-in for the upstream declaration of the same name.
// AuthenticatorConfig is internal/authenticators/config.AuthenticatorConfig.
type AuthenticatorConfig struct {
	Secret        string
	RecoveryCodes []string
}

// Generate is internal/authenticators/totp/totp.go:127 (QR image, secret
// encryption, recovery-code hashing and the pending re-enrollment branch kept
// in the memory store are trimmed).
func (p *provider) Generate(ctx context.Context, id string) (*AuthenticatorConfig, error) {
	// Get user details
	user, err := p.deps.StorageProvider.GetUserByID(ctx, id)
	if err != nil {
		return nil, err
	}
	raw := make([]byte, 20)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	secret := base32.StdEncoding.EncodeToString(raw)
	recoveryCodes := []string{}
	for i := 0; i < totalRecoveryCodes; i++ {
		recoveryCodes = append(recoveryCodes, uuid.NewString())
	}
	storedCodesMap := map[string]bool{}
	for i := 0; i < len(recoveryCodes); i++ {
		storedCodesMap[recoveryCodes[i]] = false
	}
	// Converting storedCodesMap (hashed) to string for persistence
	jsonData, err := json.Marshal(storedCodesMap)
	if err != nil {
		return nil, err
	}
	recoveryCodesString := string(jsonData)
	encryptedSecret := secret
	totpModel := &schemas.Authenticator{
		Secret:        encryptedSecret,
		RecoveryCodes: refs.NewStringRef(recoveryCodesString),
		UserID:        user.ID,
		Method:        constants.EnvKeyTOTPAuthenticator,
	}
	authenticator, err := p.deps.StorageProvider.GetAuthenticatorDetailsByUserId(ctx, user.ID, constants.EnvKeyTOTPAuthenticator) // safe: AddAuthenticator inserts with ON CONFLICT (user_id, method) DO UPDATE
	if err != nil {
		p.deps.Log.Debug().Err(err).Msg("error getting authenticator details")
		// continue
	}
	switch {
	case authenticator == nil:
		// First-time enrollment: no working authenticator to protect.
		if _, err = p.deps.StorageProvider.AddAuthenticator(ctx, totpModel); err != nil {
			return nil, err
		}
	default:
		// An existing but UNVERIFIED row (a prior enrollment never confirmed, or
		// a verified row with no memory store wired) — nothing enrolled to lose,
		// so overwrite it in place.
		authenticator.Secret = encryptedSecret
		authenticator.RecoveryCodes = refs.NewStringRef(recoveryCodesString)
		if _, err = p.deps.StorageProvider.UpdateAuthenticator(ctx, authenticator); err != nil {
			return nil, err
		}
	}
	return &AuthenticatorConfig{
		Secret:        secret,
		RecoveryCodes: recoveryCodes,
	}, nil
}
