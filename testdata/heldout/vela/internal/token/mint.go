// Reproduction of go-vela/server internal/token/mint.go MintIDToken at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed: claims and signing are
// reduced; the key check and rotation at mint.go:206-218 are verbatim).

package token

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/pkg/logrus"
)

// MintTokenOpts is a type to inform the token minter how to construct
// the token (trimmed).
type MintTokenOpts struct {
	Build         *api.Build
	Repo          string
	TokenDuration time.Duration
	TokenType     string
	Audience      []string
}

// MintIDToken mints a Vela JWT ID Token for a build.
func (tm *Manager) MintIDToken(ctx context.Context, mto *MintTokenOpts, db database.Interface) (string, error) {
	var err error

	// validate provided claims
	if len(mto.Repo) == 0 {
		return "", errors.New("missing repo for ID token")
	}

	if mto.Build == nil {
		return "", errors.New("missing build for ID token")
	}

	// verify key is active in the database before signing
	_, err = db.GetActiveJWK(ctx, tm.RSAKeySet.KID) // safe: the key created on ErrRecordNotFound (GenerateRSA -> CreateJWK) is keyed on a fresh uuid.NewV7() kid (jwks.id UUID PRIMARY KEY), not on the looked-up kid; two callers add two distinct active keys
	if err != nil {
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return "", fmt.Errorf("unable to get active public key: %w", err)
		}

		// generate a new RSA key pair if previous key is inactive (rotated)
		err = tm.GenerateRSA(ctx, db)
		if err != nil {
			return "", fmt.Errorf("unable to generate RSA key pair: %w", err)
		}
	}

	// sign token with configured private signing key (trimmed)
	token := fmt.Sprintf("%s.%s.%d", tm.RSAKeySet.KID, mto.Repo, mto.Build.GetNumber())

	logrus.Debugf("signed ID token with subject %s", mto.Repo)

	return token, nil
}
