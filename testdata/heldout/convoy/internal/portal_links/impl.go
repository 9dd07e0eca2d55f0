package portal_links

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/lib/pq"
	"golang.org/x/crypto/pbkdf2" // upstream: github.com/xdg-go/pbkdf2 (same Key signature)

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/common"
	endpointspkg "example.com/heldout/convoy/internal/endpoints"
	"example.com/heldout/convoy/internal/portal_links/repo"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/third_party/null"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/third_party/uniuri"
	"example.com/heldout/convoy/util"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ServiceError represents an error that occurs during service operations
type ServiceError struct {
	ErrMsg string
	Err    error
}

func (s *ServiceError) Error() string {
	return s.ErrMsg
}

func (s *ServiceError) Unwrap() error {
	return s.Err
}

type Service struct {
	logger       log.Logger
	repo         repo.Querier
	db           *pgxpool.Pool
	endpointRepo datastore.EndpointRepository
}

// Ensure Service implements datastore.PortalLinkRepository at compile time
var _ datastore.PortalLinkRepository = (*Service)(nil)

func New(logger log.Logger, db database.Database) *Service {
	return &Service{
		logger:       logger,
		repo:         repo.New(db.GetConn()),
		db:           db.GetConn(),
		endpointRepo: endpointspkg.New(logger, db),
	}
}

// Helper function to convert []string to pgtype.Text (using pq.StringArray format)
func stringsToPgText(strs []string) pgtype.Text {
	if len(strs) == 0 {
		return pgtype.Text{String: "", Valid: false}
	}
	// Use pq.StringArray's Value() method to get the database representation
	arr := pq.StringArray(strs)
	val, err := arr.Value()
	if err != nil || val == nil {
		return pgtype.Text{String: "", Valid: false}
	}
	// The Value() returns a string in PostgreSQL array format
	if str, ok := val.(string); ok {
		return pgtype.Text{String: str, Valid: true}
	}
	return pgtype.Text{String: "", Valid: false}
}

// Helper function to convert pgtype.Text back to []string
func pgTextToStrings(pt pgtype.Text) []string {
	if !pt.Valid || pt.String == "" {
		return []string{}
	}
	// Parse pq.StringArray format
	var arr pq.StringArray
	if err := arr.Scan(pt.String); err != nil {
		return []string{}
	}
	return arr
}

// generateAuthKey generates a masked auth key for portal links
// Returns (maskId, fullKey) where fullKey is in format "PRT.maskId.secretKey"
func generateAuthKey() (string, string) {
	mask := uniuri.NewLen(16)
	key := uniuri.NewLen(64)

	var builder strings.Builder
	builder.WriteString(util.PortalAuthTokenPrefix)
	builder.WriteString(util.Separator)
	builder.WriteString(mask)
	builder.WriteString(util.Separator)
	builder.WriteString(key)

	return mask, builder.String()
}

// updateEndpointOwnerIDs updates the owner_id for the given endpoints and links them to the portal link
func (s *Service) updateEndpointOwnerIDs(ctx context.Context, qtx *repo.Queries, endpointIDs []string, portalLinkID, portalOwnerID, projectID string) error {
	for _, endpointID := range endpointIDs {
		endpoint, err := s.endpointRepo.FindEndpointByID(ctx, endpointID, projectID) // safe: the lookup guards an UPDATE of endpoints.owner_id; the link row is keyed on the new portal link id
		if err != nil {
			return &ServiceError{ErrMsg: fmt.Sprintf("failed to find endpoint %s", endpointID), Err: err}
		}

		// If endpoint's owner_id is blank, set it to portal link's owner_id
		if util.IsStringEmpty(endpoint.OwnerID) {
			err = qtx.UpdateEndpointOwnerID(ctx, repo.UpdateEndpointOwnerIDParams{
				ID:        common.StringToPgText(endpointID),
				ProjectID: common.StringToPgText(projectID),
				OwnerID:   common.StringToPgText(portalOwnerID),
			})
			if err != nil {
				return &ServiceError{ErrMsg: fmt.Sprintf("failed to update endpoint %s owner_id", endpointID), Err: err}
			}
		} else if endpoint.OwnerID != portalOwnerID {
			return &ServiceError{ErrMsg: fmt.Sprintf("endpoint %s already has owner_id %s", endpointID, endpoint.OwnerID)}
		}

		// Link endpoint to portal link
		err = qtx.CreatePortalLinkEndpoint(ctx, repo.CreatePortalLinkEndpointParams{
			PortalLinkID: common.StringToPgText(portalLinkID),
			EndpointID:   common.StringToPgText(endpointID),
		})
		if err != nil {
			return &ServiceError{ErrMsg: "failed to link endpoint to portal link", Err: err}
		}
	}
	return nil
}

func (s *Service) CreatePortalLink(ctx context.Context, projectId string, request *datastore.CreatePortalLinkRequest) (*datastore.PortalLink, error) {
	if err := request.Validate(); err != nil {
		return nil, &ServiceError{ErrMsg: err.Error()}
	}

	token := uniuri.NewLen(24)
	uid := ulid.Make().String()
	if util.IsStringEmpty(request.OwnerID) {
		request.OwnerID = uid
	}

	// Start transaction
	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create portal link", Err: err}
	}
	defer tx.Rollback(ctx)

	qtx := repo.New(tx)

	// Create portal link
	err = qtx.CreatePortalLink(ctx, repo.CreatePortalLinkParams{
		ID:                common.StringToPgText(uid),
		ProjectID:         common.StringToPgText(projectId),
		Name:              common.StringToPgText(request.Name),
		Token:             common.StringToPgText(token),
		OwnerID:           common.StringToPgText(request.OwnerID),
		AuthType:          request.AuthType,
		CanManageEndpoint: pgtype.Bool{Bool: request.CanManageEndpoint, Valid: true},
		Endpoints:         stringsToPgText(request.Endpoints),
	})
	if err != nil {
		s.logger.Error("failed to create portal link", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create portal link", Err: err}
	}

	// Handle endpoints if provided
	if len(request.Endpoints) > 0 {
		err = s.updateEndpointOwnerIDs(ctx, qtx, request.Endpoints, uid, request.OwnerID, projectId)
		if err != nil {
			return nil, err
		}
	}
	// (upstream: else if OwnerID is set, FindEndpointsByOwnerID + CreatePortalLinkEndpoint for each; not reproduced)

	// Generate auth key if auth type is refresh token
	var authKey string
	if datastore.PortalAuthType(request.AuthType) == datastore.PortalAuthTypeRefreshToken {
		portalToken, err := generateToken(uid)
		if err != nil {
			s.logger.Error("failed to generate auth token", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to generate auth token", Err: err}
		}

		// Create a portal link auth token
		err = qtx.CreatePortalLinkAuthToken(ctx, repo.CreatePortalLinkAuthTokenParams{
			ID:             common.StringToPgText(portalToken.UID),
			PortalLinkID:   common.StringToPgText(uid),
			TokenMaskID:    common.StringToPgText(portalToken.MaskId),
			TokenHash:      common.StringToPgText(portalToken.Hash),
			TokenSalt:      common.StringToPgText(portalToken.Salt),
			TokenExpiresAt: pgtype.Timestamptz{Time: portalToken.ExpiresAt.Time, Valid: portalToken.ExpiresAt.Valid},
		})
		if err != nil {
			s.logger.Error("failed to create portal link auth token", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to create auth token", Err: err}
		}

		authKey = portalToken.AuthKey
	}

	if err = tx.Commit(ctx); err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create portal link", Err: err}
	}

	// Ensure endpoints is empty slice instead of nil
	endpoints := request.Endpoints
	if endpoints == nil {
		endpoints = []string{}
	}

	return &datastore.PortalLink{
		UID:               uid,
		Name:              request.Name,
		ProjectID:         projectId,
		OwnerID:           request.OwnerID,
		Token:             token,
		Endpoints:         endpoints,
		AuthType:          datastore.PortalAuthType(request.AuthType),
		CanManageEndpoint: request.CanManageEndpoint,
		AuthKey:           authKey,
	}, nil
}

func (s *Service) GetPortalLinkByOwnerID(ctx context.Context, projectID, ownerID string) (*datastore.PortalLink, error) {
	row, err := s.repo.FetchPortalLinkByOwnerID(ctx, repo.FetchPortalLinkByOwnerIDParams{ // safe: not-found is an error; the found path inserts a portal token keyed on a fresh ULID and mask id
		OwnerID:   common.StringToPgText(ownerID),
		ProjectID: common.StringToPgText(projectID),
	})
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, &ServiceError{ErrMsg: "portal link not found", Err: datastore.ErrPortalLinkNotFound}
		}
		s.logger.Error("failed to fetch portal link by owner ID", "error", err)
		return nil, &ServiceError{ErrMsg: "error retrieving portal link", Err: err}
	}

	// Start transaction
	tx, err := s.db.Begin(ctx)
	if err != nil {
		s.logger.Error("failed to start transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create portal link", Err: err}
	}
	defer tx.Rollback(ctx)

	qtx := repo.New(tx)

	// Generate auth key if auth type is refresh token
	var authKey string
	if datastore.PortalAuthType(row.AuthType) == datastore.PortalAuthTypeRefreshToken {
		portalToken, err := generateToken(row.ID)
		if err != nil {
			s.logger.Error("failed to generate auth token", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to generate auth token", Err: err}
		}

		// Create a portal link auth token
		err = qtx.CreatePortalLinkAuthToken(ctx, repo.CreatePortalLinkAuthTokenParams{
			ID:             common.StringToPgText(portalToken.UID),
			PortalLinkID:   common.StringToPgText(row.ID),
			TokenMaskID:    common.StringToPgText(portalToken.MaskId),
			TokenHash:      common.StringToPgText(portalToken.Hash),
			TokenSalt:      common.StringToPgText(portalToken.Salt),
			TokenExpiresAt: pgtype.Timestamptz{Time: portalToken.ExpiresAt.Time, Valid: portalToken.ExpiresAt.Valid},
		})
		if err != nil {
			s.logger.Error("failed to create portal link auth token", "error", err)
			return nil, &ServiceError{ErrMsg: "failed to create auth token", Err: err}
		}

		authKey = portalToken.AuthKey
	}

	if err = tx.Commit(ctx); err != nil {
		s.logger.Error("failed to commit transaction", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to create portal link", Err: err}
	}

	// Convert row to portal link using helper
	portalLink := rowToPortalLink(row)
	portalLink.AuthKey = authKey

	return &portalLink, nil
}

// rowToPortalLink (reduced to the row type kept in repo)
func rowToPortalLink(row interface{}) datastore.PortalLink {
	r, ok := row.(repo.FetchPortalLinkByOwnerIDRow)
	if !ok {
		return datastore.PortalLink{}
	}
	return datastore.PortalLink{
		UID:               r.ID,
		ProjectID:         r.ProjectID,
		Name:              r.Name,
		Token:             r.Token,
		Endpoints:         pgTextToStrings(r.Endpoints),
		AuthType:          datastore.PortalAuthType(r.AuthType),
		CanManageEndpoint: r.CanManageEndpoint.Bool,
		OwnerID:           common.PgTextToString(r.OwnerID),
		CreatedAt:         r.CreatedAt.Time,
		UpdatedAt:         r.UpdatedAt.Time,
	}
}

func generateToken(portalLinkId string) (*datastore.PortalToken, error) {
	maskId, key := generateAuthKey()
	salt, err := util.GenerateSecret()
	if err != nil {
		return nil, err
	}

	dk := pbkdf2.Key([]byte(key), []byte(salt), 4096, 32, sha256.New)
	encodedKey := base64.URLEncoding.EncodeToString(dk)

	portalToken := &datastore.PortalToken{
		UID:          ulid.Make().String(),
		PortalLinkID: portalLinkId,
		MaskId:       maskId,
		Hash:         encodedKey,
		Salt:         salt,
		AuthKey:      key,
		ExpiresAt:    null.NewTime(time.Now().Add(time.Hour), true),
		CreatedAt:    time.Now(),
		UpdatedAt:    time.Now(),
	}

	return portalToken, nil
}
