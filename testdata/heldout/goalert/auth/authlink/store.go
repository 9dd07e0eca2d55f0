// Package authlink reproduces auth/authlink/store.go: linking an external
// identity (e.g. a Slack user) to a GoAlert user through a short-lived link
// request.
package authlink

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/goalert/config"
	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util/sqlutil"
	"example.com/heldout/goalert/validation"
	"example.com/heldout/goalert/validation/validate"
)

// Store reproduces auth/authlink/store.go (trimmed: JWT signing key dropped).
type Store struct {
	db *sql.DB
}

// Metadata reproduces authlink.Metadata (trimmed).
type Metadata struct {
	UserDetails string
	AlertID     int    `json:",omitempty"`
	AlertAction string `json:",omitempty"`
}

// NewStore reproduces authlink.NewStore (trimmed).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	return &Store{db: db}, nil
}

// tokenID reproduces auth/authlink/store.go:83 (JWT verification trimmed:
// the token is the request id).
func (s *Store) tokenID(ctx context.Context, token string) (string, error) {
	err := validate.UUID("ID", token)
	if err != nil {
		return "", err
	}

	return token, nil
}

// LinkAccount reproduces auth/authlink/store.go:98 (GraphQL linkAccount
// mutation, graphql2/graphqlapp/mutation.go:94). The link request is claimed
// with DELETE ... RETURNING (AuthLinkUseReq, auth/authlink/queries.sql:5-11)
// and, when it was found, the auth subject is inserted with a plain INSERT
// (AuthLinkAddAuthSubject, :13-15) on auth_subjects_pkey (provider_id,
// subject_id) (migrate/schema.sql:1739).
func (s *Store) LinkAccount(ctx context.Context, token string) error {
	err := permission.LimitCheckAny(ctx, permission.User)
	if err != nil {
		return err
	}

	tokID, err := s.tokenID(ctx, token)
	if err != nil {
		return err
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlutil.Rollback(ctx, "authlink: link auth subject", tx)

	// near-miss N13: the request is consumed; the insert happens on the FOUND path, the not-found path is an error.
	row, err := gadb.New(tx).AuthLinkUseReq(ctx, uuid.MustParse(tokID)) // safe: the lookup is a DELETE ... RETURNING that claims the request row (a concurrent use of the same token blocks and then finds nothing); the insert is on the found path, not on not-found
	if errors.Is(err, sql.ErrNoRows) {
		return validation.NewGenericError("invalid link token")
	}
	if err != nil {
		return err
	}

	err = gadb.New(tx).AuthLinkAddAuthSubject(ctx, gadb.AuthLinkAddAuthSubjectParams{
		ProviderID: row.ProviderID,
		SubjectID:  row.SubjectID,
		UserID:     uuid.MustParse(permission.UserID(ctx)),
	})
	if err != nil {
		return err
	}

	return tx.Commit()
}

// AuthLinkURL reproduces auth/authlink/store.go:135 (JWT signing trimmed):
// a link request is inserted keyed on a fresh uuid.New() (:149,170;
// auth_link_requests_pkey (id), migrate/schema.sql:1717).
func (s *Store) AuthLinkURL(ctx context.Context, providerID, subjectID string, meta Metadata) (string, error) {
	err := permission.LimitCheckAny(ctx, permission.System)
	if err != nil {
		return "", err
	}
	err = validate.Many(
		validate.SubjectID("ProviderID", providerID),
		validate.SubjectID("SubjectID", subjectID),
	)
	if err != nil {
		return "", err
	}

	id := uuid.New()
	now := time.Now()
	expires := now.Add(5 * time.Minute)

	token := id.String()

	data, err := json.Marshal(meta)
	if err != nil {
		return "", err
	}
	err = gadb.New(s.db).AuthLinkAddReq(ctx, gadb.AuthLinkAddReqParams{
		ID:         id,
		ProviderID: providerID,
		SubjectID:  subjectID,
		ExpiresAt:  expires,
		Metadata:   data,
	})
	if err != nil {
		return "", err
	}

	cfg := config.FromContext(ctx)
	return cfg.CallbackURL("/profile?authLinkToken=" + token), nil
}
