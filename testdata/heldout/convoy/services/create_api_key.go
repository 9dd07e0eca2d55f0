package services

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"time"

	"golang.org/x/crypto/pbkdf2" // upstream: github.com/xdg-go/pbkdf2 (same Key signature)

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/datastore"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

type CreateAPIKeyService struct {
	ProjectRepo datastore.ProjectRepository
	APIKeyRepo  datastore.APIKeyRepository

	Member    *datastore.OrganisationMember
	NewApiKey *datastore.APIKey
	Logger    log.Logger
}

func (ss *CreateAPIKeyService) Run(ctx context.Context) (*datastore.APIKey, string, error) {
	if !ss.NewApiKey.ExpiresAt.IsZero() && ss.NewApiKey.ExpiresAt.ValueOrZero().Before(time.Now()) {
		return nil, "", &ServiceError{ErrMsg: "expiry date is invalid"}
	}

	role := &auth.Role{
		Type:    ss.NewApiKey.Role.Type,
		Project: ss.NewApiKey.Role.Project,
	}

	err := role.Validate("api key")
	if err != nil {
		ss.Logger.ErrorContext(ctx, "invalid api key role", "error", err)
		return nil, "", &ServiceError{ErrMsg: "invalid api key role", Err: err}
	}

	project, err := ss.ProjectRepo.FetchProjectByID(ctx, ss.NewApiKey.Role.Project)
	if err != nil {
		ss.Logger.ErrorContext(ctx, "failed to fetch project by id", "error", err)
		return nil, "", &ServiceError{ErrMsg: "failed to fetch project by id", Err: err}
	}

	// does the project belong to the member's organisation?
	if project.OrganisationID != ss.Member.OrganisationID {
		return nil, "", &ServiceError{ErrMsg: "unauthorized to access project"}
	}

	// does the organisation member have access to this project they're trying to create an api key for?
	if !ss.Member.Role.Type.IsAtLeast(auth.RoleProjectAdmin) {
		return nil, "", &ServiceError{ErrMsg: "unauthorized to access project"}
	}

	maskID, key := util.GenerateAPIKey()

	salt, err := util.GenerateSecret()
	if err != nil {
		ss.Logger.ErrorContext(ctx, "failed to generate salt", "error", err)
		return nil, "", &ServiceError{ErrMsg: "something went wrong"}
	}

	dk := pbkdf2.Key([]byte(key), []byte(salt), 4096, 32, sha256.New)
	encodedKey := base64.URLEncoding.EncodeToString(dk)

	apiKey := &datastore.APIKey{
		UID:       ulid.Make().String(),
		MaskID:    maskID,
		Name:      ss.NewApiKey.Name,
		Type:      ss.NewApiKey.Type,
		Role:      *role,
		Hash:      encodedKey,
		Salt:      salt,
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}

	if !ss.NewApiKey.ExpiresAt.IsZero() {
		apiKey.ExpiresAt = ss.NewApiKey.ExpiresAt
	}

	err = ss.APIKeyRepo.CreateAPIKey(ctx, apiKey)
	if err != nil {
		ss.Logger.ErrorContext(ctx, "failed to create api key", "error", err)
		return nil, "", &ServiceError{ErrMsg: "failed to create api key", Err: err}
	}

	return apiKey, key, nil
}
