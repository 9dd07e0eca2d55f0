// Package legacy_kit is a reduced copy of museum pkg/repo/legacy_kit.
package legacy_kit

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"

	"example.com/realworld/entemuseum/ente"
	timeutil "example.com/realworld/entemuseum/pkg/utils/time"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"example.com/realworld/entemuseum/third_party/uuid"
)

// Repository is server/pkg/repo/legacy_kit/repository.go:17.
type Repository struct {
	DB *sql.DB
}

// KitRow is server/pkg/repo/legacy_kit/repository.go:21 (reduced).
type KitRow struct {
	ID                uuid.UUID
	UserID            int64
	NoticePeriodInHrs int32
	IsDeleted         bool
}

// RecoverySessionRow is server/pkg/repo/legacy_kit/repository.go:39 (reduced).
type RecoverySessionRow struct {
	ID                       uuid.UUID
	KitID                    uuid.UUID
	UserID                   int64
	Status                   ente.LegacyKitRecoveryStatus
	EffectiveNoticePeriodHrs int32
	WaitTill                 int64
	NextReminderAt           sql.NullInt64
	Initiators               []ente.LegacyKitRecoveryInitiator
	CreatedAt                int64
}

// OpenOrResumeRecovery is server/pkg/repo/legacy_kit/repository.go:214: in
// one transaction, lock the kit row (:227 getKitByIDForUpdate), consume the
// challenge, look the active session up (:246) and create one when there is
// none (:253 createRecoverySessionTx, INSERT :340). The resume branch
// (ensureSessionReadyForUseTx / resumeRecoverySessionTx) is trimmed.
func (r *Repository) OpenOrResumeRecovery(
	ctx context.Context,
	kitID uuid.UUID,
	challenge string,
	now int64,
	initiator *ente.LegacyKitRecoveryInitiator,
) (*KitRow, *RecoverySessionRow, string, bool, error) {
	tx, err := r.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, "", false, stacktrace.Propagate(err, "failed to start legacy kit recovery transaction")
	}
	defer tx.Rollback()

	kit, err := getKitByIDForUpdate(ctx, tx, kitID)
	if err != nil {
		if err == sql.ErrNoRows {
			return nil, nil, "", false, stacktrace.Propagate(ente.ErrNotFound, "legacy kit not found")
		}
		return nil, nil, "", false, err
	}
	if kit.IsDeleted {
		return nil, nil, "", false, stacktrace.Propagate(ente.ErrNotFound, "legacy kit not found")
	}

	consumed, err := consumeChallengeTx(ctx, tx, kitID, challenge, now)
	if err != nil {
		return nil, nil, "", false, err
	}
	if !consumed {
		return nil, nil, "", false, stacktrace.Propagate(ente.NewBadRequestWithMessage("legacy kit challenge is invalid or expired"), "")
	}

	session, err := getActiveSessionByKitForUpdate(ctx, tx, kitID) // safe: the kit row is locked FOR UPDATE above in the same transaction, so concurrent opens of one kit run one at a time (idx_legacy_kit_recovery_active_per_kit is also unique)
	if err != nil {
		return nil, nil, "", false, err
	}
	createdSession := false
	var rawSessionToken string
	if session == nil {
		session, rawSessionToken, err = createRecoverySessionTx(ctx, tx, kitID, kit.UserID, kit.NoticePeriodInHrs, initiator)
		if err != nil {
			return nil, nil, "", false, err
		}
		createdSession = true
	} else {
		rawSessionToken, err = issueSessionToken(ctx, tx, session.ID)
		if err != nil {
			return nil, nil, "", false, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, "", false, stacktrace.Propagate(err, "failed to commit legacy kit recovery transaction")
	}
	return kit, session, rawSessionToken, createdSession, nil
}

// createRecoverySessionTx is server/pkg/repo/legacy_kit/repository.go:306.
func createRecoverySessionTx(
	ctx context.Context,
	tx *sql.Tx,
	kitID uuid.UUID,
	userID int64,
	noticePeriodHrs int32,
	initiator *ente.LegacyKitRecoveryInitiator,
) (*RecoverySessionRow, string, error) {
	session := &RecoverySessionRow{
		ID:                       uuid.New(),
		KitID:                    kitID,
		UserID:                   userID,
		Status:                   ente.LegacyKitRecoveryStatusWaiting,
		EffectiveNoticePeriodHrs: noticePeriodHrs,
		WaitTill:                 timeutil.MicrosecondsAfterHours(noticePeriodHrs),
		CreatedAt:                timeutil.Microseconds(),
	}
	nextReminder := sql.NullInt64{}
	if noticePeriodHrs == 0 {
		session.Status = ente.LegacyKitRecoveryStatusReady
		session.WaitTill = timeutil.Microseconds()
	} else {
		nextReminder = sql.NullInt64{Int64: session.CreatedAt, Valid: true}
	}
	session.NextReminderAt = nextReminder
	if initiator != nil {
		session.Initiators = append(session.Initiators, *initiator)
	}
	initiatorsJSON, err := json.Marshal(session.Initiators)
	if err != nil {
		return nil, "", err
	}

	_, err = tx.ExecContext(ctx, `
		INSERT INTO legacy_kit_recovery_session(
			id, kit_id, user_id, status, effective_notice_period_in_hrs, wait_till, next_reminder_at, initiators
		) VALUES($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
		session.ID, session.KitID, session.UserID, session.Status,
		session.EffectiveNoticePeriodHrs, session.WaitTill, session.NextReminderAt,
		string(initiatorsJSON),
	)
	if err != nil {
		return nil, "", stacktrace.Propagate(err, "failed to create legacy kit recovery session")
	}
	rawSessionToken, err := issueSessionToken(ctx, tx, session.ID)
	if err != nil {
		return nil, "", err
	}
	return session, rawSessionToken, nil
}

// issueSessionToken is server/pkg/repo/legacy_kit/repository.go (fresh
// random token and uuid per call).
func issueSessionToken(ctx context.Context, tx *sql.Tx, sessionID uuid.UUID) (string, error) {
	buf := make([]byte, 32)
	rand.Read(buf)
	rawSessionToken := base64.RawURLEncoding.EncodeToString(buf)
	sum := sha256.Sum256([]byte(rawSessionToken))
	_, err := tx.ExecContext(ctx, `
		INSERT INTO legacy_kit_recovery_session_token(id, session_id, token_hash)
		VALUES($1, $2, $3)`,
		uuid.New(), sessionID, base64.RawURLEncoding.EncodeToString(sum[:]),
	)
	if err != nil {
		return "", stacktrace.Propagate(err, "failed to issue legacy kit recovery session token")
	}
	return rawSessionToken, nil
}

// getKitByIDForUpdate is server/pkg/repo/legacy_kit/repository.go (SELECT ... FOR UPDATE).
func getKitByIDForUpdate(ctx context.Context, tx *sql.Tx, kitID uuid.UUID) (*KitRow, error) {
	row := tx.QueryRowContext(ctx, `
		SELECT id, user_id, notice_period_in_hrs, is_deleted
		FROM legacy_kit
		WHERE id = $1
		FOR UPDATE`, kitID)
	var kit KitRow
	if err := row.Scan(&kit.ID, &kit.UserID, &kit.NoticePeriodInHrs, &kit.IsDeleted); err != nil {
		return nil, err
	}
	return &kit, nil
}

// consumeChallengeTx is server/pkg/repo/legacy_kit/repository.go.
func consumeChallengeTx(ctx context.Context, tx *sql.Tx, kitID uuid.UUID, challenge string, now int64) (bool, error) {
	sum := sha256.Sum256([]byte(challenge))
	result, err := tx.ExecContext(ctx, `
		DELETE FROM legacy_kit_challenge
		WHERE kit_id = $1 AND challenge_hash = $2 AND expires_at >= $3`,
		kitID, base64.RawURLEncoding.EncodeToString(sum[:]), now,
	)
	if err != nil {
		return false, stacktrace.Propagate(err, "failed to consume legacy kit challenge")
	}
	rows, err := result.RowsAffected()
	if err != nil {
		return false, stacktrace.Propagate(err, "failed to inspect legacy kit challenge delete")
	}
	return rows > 0, nil
}

// getActiveSessionByKitForUpdate is server/pkg/repo/legacy_kit/repository.go
// (SELECT ... FOR UPDATE; nil on sql.ErrNoRows).
func getActiveSessionByKitForUpdate(ctx context.Context, tx *sql.Tx, kitID uuid.UUID) (*RecoverySessionRow, error) {
	row := tx.QueryRowContext(ctx, `
		SELECT id, kit_id, user_id, status, effective_notice_period_in_hrs,
		       wait_till, next_reminder_at, created_at
		FROM legacy_kit_recovery_session
		WHERE kit_id = $1 AND status IN ($2, $3)
		FOR UPDATE`,
		kitID, ente.LegacyKitRecoveryStatusWaiting, ente.LegacyKitRecoveryStatusReady,
	)
	var session RecoverySessionRow
	err := row.Scan(&session.ID, &session.KitID, &session.UserID, &session.Status,
		&session.EffectiveNoticePeriodHrs, &session.WaitTill, &session.NextReminderAt, &session.CreatedAt)
	if err != nil {
		if err == sql.ErrNoRows {
			return nil, nil
		}
		return nil, err
	}
	return &session, nil
}
