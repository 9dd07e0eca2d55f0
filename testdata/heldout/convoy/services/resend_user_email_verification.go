package services

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"example.com/heldout/convoy/third_party/ulid"
)

// emailVerificationTokenTTL is how long a verification token remains usable.
const emailVerificationTokenTTL = 2 * time.Hour

// emailVerificationResendCooldown is the minimum gap between verification emails.
const emailVerificationResendCooldown = time.Minute

// ResendClaimStore serializes verification-email resends per user
// (api/types.ResendClaimStore upstream; the Redis implementation is not reproduced).
type ResendClaimStore interface {
	TryClaim(ctx context.Context, userUID string) (bool, string, error)
	Release(ctx context.Context, userUID, token string) error
}

type postgresResendClaimStore struct {
	db *sqlx.DB
}

func NewPostgresResendClaimStore(db *sqlx.DB) ResendClaimStore {
	if db == nil {
		return nil
	}
	return &postgresResendClaimStore{db: db}
}

func (s *postgresResendClaimStore) TryClaim(ctx context.Context, userUID string) (bool, string, error) {
	token := ulid.Make().String()
	var claimedToken string
	err := s.db.QueryRowContext(ctx, // safe: single INSERT ... ON CONFLICT (user_uid) DO UPDATE ... WHERE expired RETURNING on the user_uid primary key
		`
		INSERT INTO convoy.email_verification_resend_claims (user_uid, token, expires_at)
		VALUES ($1, $2, NOW() + make_interval(secs => $3))
		ON CONFLICT (user_uid) DO UPDATE SET
			token = EXCLUDED.token,
			expires_at = EXCLUDED.expires_at
		WHERE convoy.email_verification_resend_claims.expires_at <= NOW()
		RETURNING token`,
		userUID, token, emailVerificationResendCooldown.Seconds(),
	).Scan(&claimedToken)
	if errors.Is(err, sql.ErrNoRows) {
		return false, "", nil
	}
	if err != nil {
		return false, "", err
	}
	return true, claimedToken, nil
}

func (s *postgresResendClaimStore) Release(ctx context.Context, userUID, token string) error {
	_, err := s.db.ExecContext(ctx, `
		DELETE FROM convoy.email_verification_resend_claims
		WHERE user_uid = $1 AND token = $2`,
		userUID, token,
	)
	return err
}
