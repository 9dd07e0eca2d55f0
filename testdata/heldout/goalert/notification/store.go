package notification

import (
	"context"
	cRand "crypto/rand"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math/rand"
	"time"

	"github.com/google/uuid"
	"github.com/pkg/errors"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/util"
	"example.com/heldout/goalert/util/sqlutil"
	"example.com/heldout/goalert/validation"
	"example.com/heldout/goalert/validation/validate"
)

const minTimeBetweenTests = time.Minute

// Store reproduces notification/store.go:27 (trimmed).
type Store struct {
	db                  *sql.DB
	getCMUserID         *sql.Stmt
	setVerificationCode *sql.Stmt
	updateLastSendTime  *sql.Stmt

	rand *rand.Rand
}

// NewStore reproduces notification/store.go:41 (statement texts verbatim).
// user_verification_codes: user_verification_codes_contact_method_id_key
// UNIQUE (contact_method_id) (migrate/schema.sql:2723,2727).
func NewStore(ctx context.Context, db *sql.DB) (*Store, error) {
	p := &util.Prepare{DB: db, Ctx: ctx}

	var seed int64
	err := binary.Read(cRand.Reader, binary.BigEndian, &seed)
	if err != nil {
		return nil, errors.Wrap(err, "generate random seed")
	}

	return &Store{
		db: db,

		rand: rand.New(rand.NewSource(seed)),

		getCMUserID: p.P(`select user_id from user_contact_methods where id = $1`),

		// should result in sending a verification code to the specified contact method
		setVerificationCode: p.P(`
			insert into user_verification_codes (id, contact_method_id, code, expires_at)
			values ($1, $2, $3, NOW() + '15 minutes'::interval)
			on conflict (contact_method_id) do update
			set
				sent = false,
				expires_at = EXCLUDED.expires_at
		`),

		updateLastSendTime: p.P(`
			update user_contact_methods
			set last_test_verify_at = now()
			where
				id = $1 and
				(
					last_test_verify_at + cast($2 as interval) < now()
					or
					last_test_verify_at isnull
				)
		`),
	}, p.Err
}

// OriginalMessageStatus reproduces notification/store.go:121
// (NfyOriginalMessageStatus, notification/queries.sql:27-43: the first
// alert_notification message of the alert to that destination, ORDER BY
// sent_at LIMIT 1).
func (s *Store) OriginalMessageStatus(ctx context.Context, alertID int, dstID DestID) (*SendResult, error) {
	err := permission.LimitCheckAny(ctx, permission.System)
	if err != nil {
		return nil, err
	}

	row, err := gadb.New(s.db).NfyOriginalMessageStatus(ctx, gadb.NfyOriginalMessageStatusParams{
		AlertID:         sql.NullInt64{Valid: true, Int64: int64(alertID)},
		ContactMethodID: dstID.CMID,
		ChannelID:       dstID.NCID,
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}

	return &SendResult{ID: row.OutgoingMessage.ID.String()}, nil
}

// cmUserID reproduces notification/store.go:173.
func (s *Store) cmUserID(ctx context.Context, id string) (string, error) {
	err := permission.LimitCheckAny(ctx, permission.User, permission.Admin)
	if err != nil {
		return "", err
	}

	err = validate.UUID("ContactMethodID", id)
	if err != nil {
		return "", err
	}

	var userID string
	err = s.getCMUserID.QueryRowContext(ctx, id).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", validation.NewFieldError("ContactMethodID", "does not exist")
	}
	if err != nil {
		return "", err
	}

	// only admin or same-user can verify
	err = permission.LimitCheckAny(ctx, permission.Admin, permission.MatchUser(userID))
	if err != nil {
		return "", err
	}

	return userID, nil
}

// SendContactMethodVerification reproduces notification/store.go:273
// verbatim (GraphQL sendContactMethodVerification mutation).
func (s *Store) SendContactMethodVerification(ctx context.Context, cmID string) error {
	// near-miss N19: the contact method is looked up (existence/permission check), then the verification code is upserted.
	_, err := s.cmUserID(ctx, cmID) // safe: the lookup only checks that the contact method exists (found path continues); the code row is written with INSERT ... ON CONFLICT (contact_method_id) DO UPDATE on user_verification_codes_contact_method_id_key
	if err != nil {
		return err
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlutil.Rollback(ctx, "notification: send verification message", tx)

	r, err := tx.StmtContext(ctx, s.updateLastSendTime).ExecContext(ctx, cmID, fmt.Sprintf("%f seconds", minTimeBetweenTests.Seconds()))
	if err != nil {
		return err
	}
	rows, err := r.RowsAffected()
	if err != nil {
		return err
	}
	if rows != 1 {
		return validation.NewFieldError("ContactMethod", fmt.Sprintf("Too many messages! Please try again in %.0f minute(s)", minTimeBetweenTests.Minutes()))
	}

	vcID := uuid.New().String()
	code := s.rand.Intn(900000) + 100000
	_, err = tx.StmtContext(ctx, s.setVerificationCode).ExecContext(ctx, vcID, cmID, code)
	if err != nil {
		return errors.Wrap(err, "set verification code")
	}

	return tx.Commit()
}
