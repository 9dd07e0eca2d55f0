// Package oidc reproduces pocket-id/pocket-id d258d952b157 backend/internal/oidc.
package oidc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/model"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
	"example.com/realworld/pocketid/third_party/fosite"
)

// Store is backend/internal/oidc/store.go:53 (API access provider and issuer trimmed).
type Store struct {
	db *gorm.DB
}

// NewStore is backend/internal/oidc/store.go:49.
func NewStore(db *gorm.DB) *Store {
	return &Store{db: db}
}

// Client is the fosite client wrapper of backend/internal/oidc/client.go (trimmed).
type Client struct {
	model.OidcClient
}

// GetID implements fosite.Client.
func (c Client) GetID() string { return c.ID }

// GetClient is backend/internal/oidc/store.go:92 (client decoration trimmed).
func (s *Store) GetClient(ctx context.Context, id string) (fosite.Client, error) {
	clientModel, err := s.firstClientByID(ctx, id)
	if err != nil {
		return nil, err
	}
	return Client{OidcClient: clientModel}, nil
}

// StoreCIMDClient is backend/internal/oidc/store.go:177.
// StoreCIMDClient persists metadata-derived fields while preserving local consent and policy state
func (s *Store) StoreCIMDClient(ctx context.Context, resolved fosite.Client, _ *fosite.ClientMetadataDocument, expiresAt time.Time) (fosite.Client, error) {
	client, ok := resolved.(Client)
	if !ok {
		return nil, errors.New("metadata resolver returned an incompatible client")
	}
	expiry := datatype.DateTime(expiresAt)
	client.MetadataExpiresAt = &expiry

	var changes []string
	var revokeConsent bool
	var stored fosite.Client
	err := withTx(ctx, s.db, func(ctx context.Context) error {
		existing, err := s.firstClientByID(ctx, client.ID) // safe: upsertMetadataClient inserts with ON CONFLICT (id) DO NOTHING
		found := err == nil
		if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		if found && !existing.IsMetadataDocument() {
			return errors.New("client is already registered without a metadata document")
		}
		if found {
			changes = metadataClientChanges(existing, client.OidcClient)
			// Every detected change except the display name invalidates what the user agreed to
			revokeConsent = slices.ContainsFunc(changes, func(field string) bool { return field != "client_name" })
		}

		// Persist the refreshed metadata and consent invalidation together so a failed deletion cannot suppress the next revocation attempt
		if err := s.upsertMetadataClient(ctx, s.dbFor(ctx), &client.OidcClient, found); err != nil {
			return err
		}

		// A security-relevant document change invalidates consent because it changes what the user previously approved
		if revokeConsent {
			err := s.dbFor(ctx).
				Where("client_id = ?", client.ID).
				Delete(&model.UserAuthorizedOidcClient{}).
				Error
			if err != nil {
				return fmt.Errorf("failed to revoke consent after metadata change: %w", err)
			}
		}

		// Reload inside the transaction so DB-managed columns and preloads are populated consistently
		stored, err = s.GetClient(ctx, client.ID)
		return err
	})
	if err != nil {
		return nil, err
	}

	if len(changes) > 0 {
		slog.InfoContext(ctx, "Client metadata changed",
			slog.String("client_id", client.ID),
			slog.Any("changed_fields", changes),
		)
	}

	return stored, nil
}

// metadataClientChanges is backend/internal/oidc/store.go:243 (grant types trimmed).
// metadataClientChanges returns the names of security-relevant metadata fields that differ between the stored client and a freshly fetched one
func metadataClientChanges(old, next model.OidcClient) []string {
	var changed []string
	if !slices.Equal([]string(old.CallbackURLs), next.CallbackURLs) {
		changed = append(changed, "redirect_uris")
	}
	if !slices.Equal([]string(old.LogoutCallbackURLs), next.LogoutCallbackURLs) {
		changed = append(changed, "post_logout_redirect_uris")
	}
	if old.IsPublic != next.IsPublic {
		changed = append(changed, "token_endpoint_auth_method")
	}
	if old.Name != next.Name {
		changed = append(changed, "client_name")
	}
	return changed
}

// upsertMetadataClient is backend/internal/oidc/store.go:271.
// upsertMetadataClient inserts a new managed client or updates the metadata-derived columns of an existing one, leaving consent, grants, and group links untouched
func (s *Store) upsertMetadataClient(ctx context.Context, tx *gorm.DB, client *model.OidcClient, update bool) error {
	if !update {
		return tx.WithContext(ctx).
			Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "id"}}, DoNothing: true}).
			Create(client).Error
	}
	return tx.WithContext(ctx).
		Model(&model.OidcClient{Base: model.Base{ID: client.ID}}).
		Select("Name", "CallbackURLs", "LogoutCallbackURLs",
			"IsPublic", "PkceEnabled", "ClientType", "MetadataExpiresAt",
			"MetadataGrantTypes").
		Updates(client).Error
}

// firstClientByID is backend/internal/oidc/store.go:312.
func (s *Store) firstClientByID(ctx context.Context, id string) (model.OidcClient, error) {
	var client model.OidcClient
	err := s.dbFor(ctx).
		Preload("AllowedUserGroups").
		First(&client, "id = ?", id).
		Error
	if err != nil {
		return model.OidcClient{}, err
	}
	return client, nil
}

// dbFor is backend/internal/oidc/store.go:1076.
func (s *Store) dbFor(ctx context.Context) *gorm.DB {
	return dbFromContext(ctx, s.db)
}
