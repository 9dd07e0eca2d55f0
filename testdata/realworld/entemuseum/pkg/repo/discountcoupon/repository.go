// Package discountcoupon is a reduced copy of museum pkg/repo/discountcoupon.
package discountcoupon

import (
	"context"
	"database/sql"

	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// Repository is server/pkg/repo/discountcoupon/repository.go:11.
type Repository struct {
	DB *sql.DB
}

// DiscountCoupon is server/pkg/repo/discountcoupon/repository.go:15.
type DiscountCoupon struct {
	ProviderName    string
	Code            string
	ClaimedByUserID *int64
	ClaimedAt       *int64
	SentCount       int
	CreatedAt       int64
	UpdatedAt       int64
}

// GetUnclaimedCoupon is server/pkg/repo/discountcoupon/repository.go:49.
func (r *Repository) GetUnclaimedCoupon(ctx context.Context, providerName string) (*DiscountCoupon, error) {
	query := `SELECT provider_name, code, claimed_by_user_id, claimed_at, sent_count, created_at, updated_at 
	          FROM discount_coupons 
	          WHERE provider_name = $1 AND claimed_by_user_id IS NULL 
	          ORDER BY created_at ASC 
	          LIMIT 1`

	var coupon DiscountCoupon
	row := r.DB.QueryRowContext(ctx, query, providerName)
	err := row.Scan(&coupon.ProviderName, &coupon.Code, &coupon.ClaimedByUserID, &coupon.ClaimedAt, &coupon.SentCount, &coupon.CreatedAt, &coupon.UpdatedAt)
	if err != nil {
		if err == sql.ErrNoRows {
			return nil, nil
		}
		return nil, stacktrace.Propagate(err, "failed to get unclaimed coupon")
	}

	return &coupon, nil
}

// ClaimCoupon is server/pkg/repo/discountcoupon/repository.go:69: a
// conditional UPDATE of a pool row (no insert).
func (r *Repository) ClaimCoupon(ctx context.Context, providerName, code string, userID int64) error {
	query := `UPDATE discount_coupons 
	          SET claimed_by_user_id = $1, claimed_at = now_utc_micro_seconds(), sent_count = 1
	          WHERE provider_name = $2 AND code = $3 AND claimed_by_user_id IS NULL`

	result, err := r.DB.ExecContext(ctx, query, userID, providerName, code)
	if err != nil {
		return stacktrace.Propagate(err, "failed to claim coupon")
	}

	rowsAffected, err := result.RowsAffected()
	if err != nil {
		return stacktrace.Propagate(err, "failed to get affected rows")
	}

	if rowsAffected == 0 {
		return stacktrace.NewError("coupon not found or already claimed")
	}

	return nil
}

// GetClaimedCoupon is server/pkg/repo/discountcoupon/repository.go:91 (nil on sql.ErrNoRows).
func (r *Repository) GetClaimedCoupon(ctx context.Context, providerName string, userID int64) (*DiscountCoupon, error) {
	query := `SELECT provider_name, code, claimed_by_user_id, claimed_at, sent_count, created_at, updated_at 
	          FROM discount_coupons 
	          WHERE provider_name = $1 AND claimed_by_user_id = $2`

	var coupon DiscountCoupon
	row := r.DB.QueryRowContext(ctx, query, providerName, userID)
	err := row.Scan(&coupon.ProviderName, &coupon.Code, &coupon.ClaimedByUserID, &coupon.ClaimedAt, &coupon.SentCount, &coupon.CreatedAt, &coupon.UpdatedAt)
	if err != nil {
		if err == sql.ErrNoRows {
			return nil, nil
		}
		return nil, stacktrace.Propagate(err, "failed to get claimed coupon")
	}

	return &coupon, nil
}

// IncrementSentCount is server/pkg/repo/discountcoupon/repository.go.
func (r *Repository) IncrementSentCount(ctx context.Context, providerName, code string) error {
	query := `UPDATE discount_coupons 
	          SET sent_count = sent_count + 1 
	          WHERE provider_name = $1 AND code = $2`

	_, err := r.DB.ExecContext(ctx, query, providerName, code)
	if err != nil {
		return stacktrace.Propagate(err, "failed to increment sent count")
	}

	return nil
}
