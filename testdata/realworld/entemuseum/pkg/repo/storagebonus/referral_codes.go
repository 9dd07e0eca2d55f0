package storagebonus

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	"example.com/realworld/entemuseum/ente"
	entity "example.com/realworld/entemuseum/ente/storagebonus"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

const (
	MaxReferralCodeChangeAllowed = 3
)

// GetCode returns the storagebonus code for the given userID
// server/pkg/repo/storagebonus/referral_codes.go:21 (sql.ErrNoRows is
// propagated wrapped)
func (r *Repository) GetCode(ctx context.Context, userID int64) (*string, error) {
	var code *string
	err := r.DB.QueryRowContext(ctx, "SELECT code FROM referral_codes WHERE user_id = $1 and is_active = TRUE", userID).Scan(&code)
	return code, stacktrace.Propagate(err, "failed to get storagebonus code for user %d", userID)
}

// InsertCode for the given userID
// server/pkg/repo/storagebonus/referral_codes.go:28
func (r *Repository) InsertCode(ctx context.Context, userID int64, code string) error {
	_, err := r.DB.ExecContext(ctx, "INSERT INTO referral_codes (user_id, code) VALUES ($1, $2)", userID, code)
	if err != nil {
		if err.Error() == "pq: duplicate key value violates unique constraint \"referral_codes_pkey\"" {
			return stacktrace.Propagate(entity.CodeAlreadyExistsErr, "duplicate storagebonus code for user %d", userID)
		}
		return stacktrace.Propagate(err, "failed to insert storagebonus code for user %d", userID)
	}
	return nil
}

// AddNewCode and mark the old one as inactive for a given userID.
// server/pkg/repo/storagebonus/referral_codes.go:42: count by user (:45),
// count by code (:58), deactivate the old code (:65), InsertCode (:69); no
// transaction.
func (r *Repository) AddNewCode(ctx context.Context, userID int64, code string, isAdminEdit bool) error {
	// check current referral code count
	var count int
	err := r.DB.QueryRowContext(ctx, "SELECT COALESCE(COUNT(*),0) FROM referral_codes WHERE user_id = $1", userID).Scan(&count)
	if err != nil {
		return stacktrace.Propagate(err, "failed to get storagebonus code count for user %d", userID)
	}
	if !isAdminEdit && count > MaxReferralCodeChangeAllowed {
		return stacktrace.Propagate(&ente.ApiError{
			Code:           "REFERRAL_CHANGE_LIMIT_REACHED",
			Message:        fmt.Sprintf("max referral code change limit %d reached", MaxReferralCodeChangeAllowed),
			HttpStatusCode: http.StatusTooManyRequests,
		}, "max referral code change limit reached for user %d", userID)
	}
	// check if code already exists
	var existCount int
	err = r.DB.QueryRowContext(ctx, "SELECT COALESCE(COUNT(*),0) FROM referral_codes WHERE code = $1", code).Scan(&existCount) // race
	if err != nil {
		return stacktrace.Propagate(err, "failed to check if code already exists for user %d", userID)
	}
	if existCount > 0 {
		return stacktrace.Propagate(entity.CodeAlreadyExistsErr, "storagebonus code %s already exists", code)
	}
	_, err = r.DB.ExecContext(ctx, "UPDATE referral_codes SET is_active = FALSE WHERE user_id = $1", userID)
	if err != nil {
		return stacktrace.Propagate(err, "failed to update remove existing code code for user %d", userID)
	}
	return r.InsertCode(ctx, userID, code)
}

// GetUserIDByCode is server/pkg/repo/storagebonus/referral_codes.go:85.
func (r *Repository) GetUserIDByCode(ctx context.Context, code string) (*int64, error) {
	var userID int64
	err := r.DB.QueryRowContext(ctx, "SELECT user_id FROM referral_codes WHERE code = $1", code).Scan(&userID)
	if err != nil {
		if err == sql.ErrNoRows {
			return nil, stacktrace.Propagate(entity.InvalidCodeErr, "code %s not found", code)
		}
		return nil, err
	}
	return &userID, nil
}
