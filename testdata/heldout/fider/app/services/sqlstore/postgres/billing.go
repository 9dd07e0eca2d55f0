package postgres

// Reproduces github.com/getfider/fider/app/services/sqlstore/postgres/billing.go
// (activateStripeSubscription). Schema: tenants_billing primary key (tenant_id)
// (201901042021_create_tenants_billing.sql:8).

import (
	"context"
	"database/sql"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/dbx"
	"example.com/heldout/fider/app/pkg/errors"
)

func activateStripeSubscription(ctx context.Context, c *cmd.ActivateStripeSubscription) error {
	return using(ctx, func(trx *dbx.Trx, _ *entity.Tenant, _ *entity.User) error {
		// Check for existing Paddle subscription before migrating to Stripe
		var paddleSubscriptionID sql.NullString
		err := trx.Scalar(&paddleSubscriptionID, // safe: the lookup only feeds a log line; the write is INSERT ... ON CONFLICT (tenant_id) DO UPDATE on the tenants_billing primary key
			`
			SELECT paddle_subscription_id FROM tenants_billing WHERE tenant_id = $1
		`, c.TenantID)
		if err != nil && errors.Cause(err) != app.ErrNotFound {
			return errors.Wrap(err, "failed to check existing paddle subscription")
		}
		if paddleSubscriptionID.Valid && paddleSubscriptionID.String != "" {
			_ = paddleSubscriptionID.String // log.Warnf "PADDLE_TO_STRIPE_MIGRATION ..." (trimmed)
		}

		_, err = trx.Execute(`
			INSERT INTO tenants_billing (tenant_id, stripe_customer_id, stripe_subscription_id)
			VALUES ($1, $2, $3)
			ON CONFLICT (tenant_id) DO UPDATE
			SET stripe_customer_id = $2, stripe_subscription_id = $3, paddle_subscription_id = NULL
		`, c.TenantID, c.CustomerID, c.SubscriptionID)
		if err != nil {
			return errors.Wrap(err, "failed to activate stripe subscription")
		}

		_, err = trx.Execute(`
			UPDATE tenants
			SET is_pro = true, status = $2, prevent_indexing = false
			WHERE id = $1
		`, c.TenantID, enum.TenantActive)
		if err != nil {
			return errors.Wrap(err, "failed to set tenant to pro plan")
		}

		return nil
	})
}
