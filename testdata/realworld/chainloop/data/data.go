// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/organization"
	"github.com/google/uuid"
)

// Data is data/data.go:67.
type Data struct {
	DB *ent.Client
}

// toTimePtr is data/data.go:150.
func toTimePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}

	return &t
}

// toStringPtr is data/data.go:158.
func toStringPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// orgScopedQuery is data/data.go:165.
func orgScopedQuery(client *ent.Client, orgID uuid.UUID) *ent.OrganizationQuery {
	return client.Organization.Query().Where(organization.ID(orgID), organization.DeletedAtIsNil())
}

// WithTx is data/data.go:170.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err = fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			err = fmt.Errorf("%w: rolling back transaction: %w", err, rerr)
		}
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("committing transaction: %w", err)
	}
	return nil
}
