package endpoints

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	"example.com/heldout/convoy/internal/endpoints/repo"
	"example.com/heldout/convoy/internal/pkg/keys"
	log "example.com/heldout/convoy/pkg/logger"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	ErrEndpointNotCreated = errors.New("endpoint could not be created")
	ErrEndpointNotUpdated = errors.New("endpoint could not be updated")
	ErrEndpointExists     = errors.New("an endpoint with that name already exists")
)

// Service implements datastore.EndpointRepository using sqlc-generated queries.
// (upstream also holds the database hook fired after create, not reproduced)
type Service struct {
	logger log.Logger
	repo   repo.Querier
	db     *pgxpool.Pool
	km     keys.KeyManager
}

// Ensure Service implements datastore.EndpointRepository at compile time.
var _ datastore.EndpointRepository = (*Service)(nil)

// New creates a new endpoints service.
func New(logger log.Logger, db database.Database) *Service {
	km, err := keys.Get()
	if err != nil {
		panic(fmt.Sprintf("endpoints: failed to initialize key manager: %v", err))
	}
	return &Service{
		logger: logger,
		repo:   repo.New(db.GetConn()),
		db:     db.GetConn(),
		km:     km,
	}
}

// CreateEndpoint inserts a new endpoint.
func (s *Service) CreateEndpoint(ctx context.Context, endpoint *datastore.Endpoint, projectID string) error {
	key, err := s.km.GetCurrentKeyFromCache()
	if err != nil {
		return err
	}

	isEncrypted, err := s.repo.CheckEncryptionStatus(ctx)
	if err != nil {
		isEncErr, err2 := s.isEncryptionError(ctx, err)
		if isEncErr && err2 != nil {
			return err2
		}
		return err
	}

	contentType, err := validateAndSetContentType(endpoint.ContentType)
	if err != nil {
		return err
	}

	apiKeyHeaderName, apiKeyHeaderValue, oauth2Config, basicAuthConfig, err := marshalAuthFields(endpoint)
	if err != nil {
		return err
	}

	secretsJSON, err := secretsToJSON(endpoint.Secrets)
	if err != nil {
		return err
	}

	var mtlsClientCert []byte
	if endpoint.MtlsClientCert != nil {
		mtlsClientCert, err = json.Marshal(endpoint.MtlsClientCert)
		if err != nil {
			return fmt.Errorf("failed to marshal mtls_client_cert: %w", err)
		}
	}

	params := repo.CreateEndpointParams{
		ID:                                  common.StringToPgTextNullable(endpoint.UID),
		Name:                                common.StringToPgTextNullable(endpoint.Name),
		Status:                              common.StringToPgTextNullable(string(endpoint.Status)),
		IsEncrypted:                         common.BoolToPgBool(isEncrypted),
		Secrets:                             secretsJSON,
		OwnerID:                             common.StringToPgTextNullable(endpoint.OwnerID),
		Url:                                 common.StringToPgTextNullable(endpoint.Url),
		Description:                         common.StringToPgTextNullable(endpoint.Description),
		HttpTimeout:                         pgtype.Int4{Int32: int32(endpoint.HttpTimeout), Valid: true},
		RateLimit:                           pgtype.Int4{Int32: int32(endpoint.RateLimit), Valid: true},
		RateLimitDuration:                   pgtype.Int4{Int32: int32(endpoint.RateLimitDuration), Valid: true},
		AdvancedSignatures:                  common.BoolToPgBool(endpoint.AdvancedSignatures),
		SlackWebhookUrl:                     common.StringToPgTextNullable(endpoint.SlackWebhookURL),
		SupportEmail:                        common.StringToPgTextNullable(endpoint.SupportEmail),
		AppID:                               common.StringToPgTextNullable(endpoint.AppID),
		ProjectID:                           common.StringToPgTextNullable(projectID),
		AuthenticationType:                  common.StringToPgTextNullable(string(endpoint.GetAuthConfig().Type)),
		AuthenticationTypeApiKeyHeaderName:  common.StringToPgTextNullable(apiKeyHeaderName),
		AuthenticationTypeApiKeyHeaderValue: common.StringToPgTextNullable(apiKeyHeaderValue),
		EncryptionKey:                       common.StringToPgTextNullable(key),
		MtlsClientCert:                      mtlsClientCert,
		Oauth2Config:                        oauth2Config,
		BasicAuthConfig:                     basicAuthConfig,
		ContentType:                         common.StringToPgText(contentType),
		TeamsWebhookUrl:                     common.StringToPgTextNullable(endpoint.TeamsWebhookURL),
	}

	err = s.repo.CreateEndpoint(ctx, params)
	if err != nil {
		if strings.Contains(err.Error(), "duplicate key value violates unique constraint") {
			return ErrEndpointExists
		}
		isEncErr, err2 := s.isEncryptionError(ctx, err)
		if isEncErr && err2 != nil {
			return err2
		}
		return err
	}

	return nil
}

// FindEndpointByID retrieves a single endpoint by ID and project.
func (s *Service) FindEndpointByID(ctx context.Context, id, projectID string) (*datastore.Endpoint, error) {
	key, err := s.km.GetCurrentKeyFromCache()
	if err != nil {
		return nil, err
	}

	row, err := s.repo.FindEndpointByID(ctx, repo.FindEndpointByIDParams{
		EncryptionKey: common.StringToPgTextNullable(key),
		ID:            common.StringToPgTextNullable(id),
		ProjectID:     common.StringToPgTextNullable(projectID),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrEndpointNotFound
		}
		isEncErr, err2 := s.isEncryptionError(ctx, err)
		if isEncErr && err2 != nil {
			return nil, err2
		}
		return nil, err
	}

	return rowToEndpoint(row)
}

// FindEndpointByTargetURL retrieves an endpoint by its target URL within a project.
func (s *Service) FindEndpointByTargetURL(ctx context.Context, projectID, targetURL string) (*datastore.Endpoint, error) {
	key, err := s.km.GetCurrentKeyFromCache()
	if err != nil {
		return nil, err
	}

	row, err := s.repo.FindEndpointByTargetURL(ctx, repo.FindEndpointByTargetURLParams{
		EncryptionKey: common.StringToPgTextNullable(key),
		Url:           common.StringToPgTextNullable(targetURL),
		ProjectID:     common.StringToPgTextNullable(projectID),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, datastore.ErrEndpointNotFound
		}
		isEncErr, err2 := s.isEncryptionError(ctx, err)
		if isEncErr && err2 != nil {
			return nil, err2
		}
		return nil, err
	}

	return rowToEndpoint(row)
}

// FindEndpointsWithURLTemplates retrieves endpoints whose URLs contain raw
// template delimiters. Template matching stays in Go so validation and runtime

// DeleteEndpoint soft-deletes an endpoint and its associated subscriptions
// and portal link relationships within a transaction.
func (s *Service) DeleteEndpoint(ctx context.Context, endpoint *datastore.Endpoint, projectID string) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx) //nolint:errcheck

	qtx := repo.New(tx)

	err = qtx.DeleteEndpoint(ctx, repo.DeleteEndpointParams{
		ID:        common.StringToPgTextNullable(endpoint.UID),
		ProjectID: common.StringToPgTextNullable(projectID),
	})
	if err != nil {
		return err
	}

	err = qtx.DeleteEndpointSubscriptions(ctx, repo.DeleteEndpointSubscriptionsParams{
		EndpointID: common.StringToPgTextNullable(endpoint.UID),
		ProjectID:  common.StringToPgTextNullable(projectID),
	})
	if err != nil {
		return err
	}

	err = qtx.DeletePortalLinkEndpoints(ctx, common.StringToPgTextNullable(endpoint.UID))
	if err != nil {
		return err
	}

	err = tx.Commit(ctx)
	if err != nil {
		return err
	}

	return nil
}
