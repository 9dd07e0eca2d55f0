package endpoints

import (
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/endpoints/repo"
)

// The helpers below are reduced versions of internal/endpoints/helpers.go:
// the auth, mTLS and encryption handling are not part of the races.

func validateAndSetContentType(contentType string) (string, error) {
	if contentType == "" {
		return "application/json", nil
	}
	return contentType, nil
}

func marshalAuthFields(endpoint *datastore.Endpoint) (string, string, []byte, []byte, error) {
	return "", "", nil, nil, nil
}

func secretsToJSON(secrets datastore.Secrets) ([]byte, error) {
	return json.Marshal(secrets)
}

func (s *Service) isEncryptionError(ctx context.Context, err error) (bool, error) {
	return false, nil
}

type endpointFields struct {
	ID, Name, Status, Url, ProjectID, ContentType string
	OwnerID, Description, SupportEmail, AppID     pgtype.Text
	HttpTimeout, RateLimit, RateLimitDuration     int32
	AdvancedSignatures                            bool
	Secrets                                       []byte
	CreatedAt, UpdatedAt                          pgtype.Timestamptz
}

// rowToEndpoint converts a sqlc endpoint row to a *datastore.Endpoint
// (helpers.go:57, reduced to the row types kept in repo).
func rowToEndpoint(row any) (*datastore.Endpoint, error) {
	var f endpointFields

	switch r := row.(type) {
	case repo.FindEndpointByIDRow:
		f = endpointFields{
			ID: r.ID, Name: r.Name, Status: r.Status, OwnerID: r.OwnerID,
			Url: r.Url, Description: r.Description, HttpTimeout: r.HttpTimeout,
			RateLimit: r.RateLimit, RateLimitDuration: r.RateLimitDuration,
			AdvancedSignatures: r.AdvancedSignatures,
			SupportEmail:       r.SupportEmail, AppID: r.AppID, ProjectID: r.ProjectID,
			Secrets: r.Secrets, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, ContentType: r.ContentType,
		}
	case repo.FindEndpointByTargetURLRow:
		f = endpointFields{
			ID: r.ID, Name: r.Name, Status: r.Status, OwnerID: r.OwnerID,
			Url: r.Url, Description: r.Description, HttpTimeout: r.HttpTimeout,
			RateLimit: r.RateLimit, RateLimitDuration: r.RateLimitDuration,
			AdvancedSignatures: r.AdvancedSignatures,
			SupportEmail:       r.SupportEmail, AppID: r.AppID, ProjectID: r.ProjectID,
			Secrets: r.Secrets, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt, ContentType: r.ContentType,
		}
	}

	var secrets datastore.Secrets
	if len(f.Secrets) > 0 {
		if err := json.Unmarshal(f.Secrets, &secrets); err != nil {
			return nil, err
		}
	}

	return &datastore.Endpoint{
		UID:                f.ID,
		Name:               f.Name,
		Status:             datastore.EndpointStatus(f.Status),
		OwnerID:            common.PgTextToString(f.OwnerID),
		Url:                f.Url,
		Description:        common.PgTextToString(f.Description),
		HttpTimeout:        uint64(f.HttpTimeout),
		RateLimit:          int(f.RateLimit),
		RateLimitDuration:  uint64(f.RateLimitDuration),
		AdvancedSignatures: f.AdvancedSignatures,
		SupportEmail:       common.PgTextToString(f.SupportEmail),
		AppID:              common.PgTextToString(f.AppID),
		ProjectID:          f.ProjectID,
		Secrets:            secrets,
		ContentType:        f.ContentType,
		CreatedAt:          f.CreatedAt.Time,
		UpdatedAt:          f.UpdatedAt.Time,
	}, nil
}
