package dbEntities

import (
	"example.com/heldout/fider/app/pkg/dbx"
)

type StripeBillingState struct {
	StripeCustomerID     dbx.NullString `db:"stripe_customer_id"`
	StripeSubscriptionID dbx.NullString `db:"stripe_subscription_id"`
	PaddleSubscriptionID dbx.NullString `db:"paddle_subscription_id"`
}
