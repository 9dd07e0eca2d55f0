package repo

import (
	"database/sql"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// BillingRepository is server/pkg/repo/billing.go (reduced).
type BillingRepository struct {
	DB *sql.DB
}

// AddSubscription stands in for server/pkg/repo/billing.go AddSubscription
// (the free subscription of a fresh user; column list reduced).
func (repo *BillingRepository) AddSubscription(s ente.Subscription) (int64, error) {
	var subscriptionID int64
	err := repo.DB.QueryRow(`INSERT INTO subscriptions(user_id, storage, original_transaction_id, expiry_time, product_id, payment_provider, attributes)
		VALUES($1, $2, $3, $4, $5, $6, $7)
		RETURNING subscription_id`, s.UserID, 0, "none", 0, "free", "", "{}").Scan(&subscriptionID)
	return subscriptionID, stacktrace.Propagate(err, "")
}
