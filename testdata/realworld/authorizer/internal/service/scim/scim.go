// Package scim reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service/scim.
package scim

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage"
	"example.com/realworld/authorizer/internal/storage/schemas"
	"example.com/realworld/authorizer/third_party/zerolog"
)

// Errors of internal/service/scim/scim.go:37.
var (
	// ErrNotFound — the resource does not exist OR belongs to another org.
	ErrNotFound = errors.New("scim: resource not found")
	// ErrConflict — a create collides with an existing userName owned outside
	// this org.
	ErrConflict = errors.New("scim: userName already exists")
	// ErrInvalid — malformed input (e.g. missing userName). Map to 400.
	ErrInvalid = errors.New("scim: invalid request")
	// ErrGroupsUnavailable — a Group op was attempted but the FGA engine is not
	// configured.
	ErrGroupsUnavailable = errors.New("scim: group provisioning requires the authorization engine")
	// ErrGroupConflict — a Group create/rename collides with an existing
	// displayName in the org.
	ErrGroupConflict = errors.New("scim: displayName already exists")
)

// User is internal/service/scim/scim.go:79.
// User is the transport-neutral SCIM user projection the handler maps to/from
// SCIM JSON. Only the attributes Okta/Entra send for provisioning are modelled.
type User struct {
	ExternalID string
	UserName   string // SCIM userName → the user's email
	GivenName  string
	FamilyName string
	Active     bool
}

// AuthorizationEngine stands in for the FGA engine interface (internal/authorization/engine).
type AuthorizationEngine interface {
	WriteTuples(ctx context.Context, writes, deletes []string) error
}

// Dependencies is internal/service/scim/scim.go:88 (memory store and events provider trimmed).
// Dependencies for the SCIM service.
type Dependencies struct {
	Log             *zerolog.Logger
	StorageProvider storage.Provider
	// AuthzEngine is the FGA engine. SCIM Group membership is stored as FGA
	// tuples; nil when FGA is not configured — Group ops then return ErrGroupsUnavailable.
	AuthzEngine AuthorizationEngine
}

// provider is internal/service/scim/scim.go:118.
type provider struct {
	Dependencies
}

// New is internal/service/scim/scim.go:125.
// New constructs a SCIM service provider.
func New(deps *Dependencies) *provider {
	return &provider{Dependencies: *deps}
}

// namespacedExternalID is internal/service/scim/scim.go:132.
// namespacedExternalID composes the org-scoped external id key. Storing and
// looking up external ids in this form is what makes GetUserByExternalID
// org-isolating without a cross-table join (H6, works identically on all 6 DBs).
func namespacedExternalID(orgID, externalID string) string {
	return orgID + ":" + externalID
}

// GenerateToken is internal/service/scim/scim.go:247 (bcrypt replaced by sha256).
func GenerateToken(endpointID string) (plaintext, hash string, err error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", "", err
	}
	secret := hex.EncodeToString(raw)
	h := sha256.Sum256([]byte(secret))
	return endpointID + "." + secret, hex.EncodeToString(h[:]), nil
}

// CreateUser is internal/service/scim/scim.go:274.
func (p *provider) CreateUser(ctx context.Context, orgID string, in User) (*schemas.User, bool, error) {
	log := p.Log.With().Str("func", "scim.CreateUser").Str("org_id", orgID).Logger()
	userName := strings.TrimSpace(in.UserName)
	if userName == "" {
		return nil, false, ErrInvalid
	}

	// Dedup #1: same externalId already provisioned into this org (org-scoped
	// composite key). Idempotent — return the existing user.
	if in.ExternalID != "" {
		if existing, err := p.StorageProvider.GetUserByExternalID(ctx, orgID, in.ExternalID); err == nil && existing != nil { // race
			log.Debug().Msg("dedup by external_id")
			return existing, true, nil
		}
	}

	// Dedup #2: a user with this userName (email) already exists. If they are a
	// member of this org, return them (idempotent). If they exist but belong to
	// another org, email is globally unique so we cannot re-provision — 409.
	if existing, err := p.StorageProvider.GetUserByEmail(ctx, userName); err == nil && existing != nil { // race
		if _, mErr := p.StorageProvider.GetOrgMembership(ctx, orgID, existing.ID); mErr == nil {
			log.Debug().Msg("dedup by userName within org")
			return existing, true, nil
		}
		log.Debug().Msg("userName exists outside this org")
		return nil, false, ErrConflict
	}

	now := time.Now().Unix()
	email := userName
	nsExt := namespacedExternalID(orgID, in.ExternalID)
	newUser := &schemas.User{
		ID:            uuid.New().String(),
		Email:         &email,
		SignupMethods: "scim",
		IsActive:      in.Active,
		CreatedAt:     now,
		UpdatedAt:     now,
	}
	if in.ExternalID != "" {
		newUser.ExternalID = &nsExt
	}
	if in.GivenName != "" {
		gn := in.GivenName
		newUser.GivenName = &gn
	}
	if in.FamilyName != "" {
		fn := in.FamilyName
		newUser.FamilyName = &fn
	}
	// A user provisioned as active:false is deprovisioned from birth — stamp the
	// revocation marker so no token can ever be minted for them.
	if !in.Active {
		newUser.RevokedTimestamp = &now
	}
	created, err := p.StorageProvider.AddUser(ctx, newUser)
	if err != nil {
		log.Debug().Err(err).Msg("failed to add scim user")
		return nil, false, err
	}
	// GORM's `default:true` on IsActive means a Create with IsActive=false is
	// persisted as true (Go zero-value → column default). Force it via a Save
	// so a user provisioned directly as inactive is actually stored inactive.
	// (RevokedTimestamp above already blocks token issuance regardless.)
	if !in.Active {
		created.IsActive = false
		updated, uErr := p.StorageProvider.UpdateUser(ctx, created)
		if uErr != nil {
			log.Debug().Err(uErr).Msg("failed to persist inactive state on provisioned user")
			return nil, false, uErr
		}
		created = updated
	}
	// Bind the user to the org. Without this membership the user would not be an
	// org member and every subsequent by-id op would (correctly) 404.
	if _, err := p.StorageProvider.AddOrgMembership(ctx, &schemas.OrgMembership{
		OrgID:  orgID,
		UserID: created.ID,
		Roles:  "",
	}); err != nil {
		log.Debug().Err(err).Msg("failed to add org membership for scim user")
		return nil, false, err
	}
	return created, false, nil
}
