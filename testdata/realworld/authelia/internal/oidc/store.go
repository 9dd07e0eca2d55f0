// Package oidc is a reduced copy of upstream internal/oidc (the storage glue of the
// OpenID Connect provider).
package oidc

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/storage"
	oauthelia2 "example.com/realworld/authelia/third_party/oauth2"
	"example.com/realworld/authelia/third_party/uuid"
)

// Store is Authelia's internal representation of the oauthelia2.Storage interface.
// upstream internal/oidc/types.go:41
type Store struct {
	provider storage.Provider
}

// OpenIDConnectProvider is the OpenID Connect provider; it embeds the Store (upstream internal/oidc/types.go:25).
type OpenIDConnectProvider struct {
	*Store
}

// NewStore returns a Store when provided with a storage.Provider.
// upstream internal/oidc/store.go:27
func NewStore(provider storage.Provider) (store *Store) {
	return &Store{provider: provider}
}

// GenerateOpaqueUserID either retrieves or creates an opaque user id from a sectorID and username.
// upstream internal/oidc/store.go:73
func (s *Store) GenerateOpaqueUserID(ctx context.Context, sectorID, username string) (opaqueID *model.UserOpaqueIdentifier, err error) {
	if opaqueID, err = s.provider.LoadUserOpaqueIdentifierBySignature(ctx, "openid", sectorID, username); err != nil { // race
		return nil, err
	} else if opaqueID == nil {
		if opaqueID, err = model.NewUserOpaqueIdentifier("openid", sectorID, username); err != nil {
			return nil, err
		}

		if err = s.provider.SaveUserOpaqueIdentifier(ctx, *opaqueID); err != nil {
			return nil, err
		}
	}

	return opaqueID, nil
}

// GetSubject returns a subject UUID for a username. If it exists, it returns the existing one, otherwise it creates and saves it.
// upstream internal/oidc/store.go:90
func (s *Store) GetSubject(ctx context.Context, sectorID, username string) (subject uuid.UUID, err error) {
	var opaqueID *model.UserOpaqueIdentifier

	if opaqueID, err = s.GenerateOpaqueUserID(ctx, sectorID, username); err != nil {
		return uuid.UUID{}, err
	}

	return opaqueID.Identifier, nil
}

// ClientAssertionJWTValid returns an error if the JTI is known or the DB check failed and nil if the JTI is not known.
// This implements a portion of oauthelia2.ClientManager.
// upstream internal/oidc/store.go:133
func (s *Store) ClientAssertionJWTValid(ctx context.Context, jti string) (err error) {
	signature := fmt.Sprintf("%x", sha256.Sum256([]byte(jti)))

	blacklistedJTI, err := s.provider.LoadOAuth2BlacklistedJTI(ctx, signature) // safe: the later SetClientAssertionJWT insert is an upsert (INSERT ... ON CONFLICT (signature) DO UPDATE / REPLACE INTO)

	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	case blacklistedJTI.ExpiresAt.After(time.Now()):
		return oauthelia2.ErrJTIKnown
	default:
		return nil
	}
}

// SetClientAssertionJWT marks a JTI as known for the given expiry time. Before inserting the new JTI, it will clean
// up any existing JTIs that have expired as those tokens can not be replayed due to the expiry.
// This implements a portion of oauthelia2.ClientManager.
// upstream internal/oidc/store.go:153
func (s *Store) SetClientAssertionJWT(ctx context.Context, jti string, exp time.Time) (err error) {
	blacklistedJTI := model.NewOAuth2BlacklistedJTI(jti, exp)

	return s.provider.SaveOAuth2BlacklistedJTI(ctx, blacklistedJTI)
}

// AuthenticateClientAssertion stands in for the oauthelia2 client authentication that calls the
// two methods above for private_key_jwt / client_secret_jwt assertions.
func (s *Store) AuthenticateClientAssertion(ctx context.Context, jti string, exp time.Time) (err error) {
	return oauthelia2.CheckClientAssertionJTI(ctx, s, jti, exp)
}
