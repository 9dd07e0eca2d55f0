package seed

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/third_party/uuid"
)

// SeedConfig is the reduced seed section of the database config.
type SeedConfig struct {
	AdminEmail        string
	AdminPassword     string
	AdminName         string
	DefaultTenantID   string
	DefaultTenantName string
	DefaultTenantSlug string
}

// Layer is a reduced stand-in for pkg/config/database.Layer.
type Layer struct {
	V1   v1.Repository
	Seed SeedConfig
}

// SeedDatabase is cmd/hatchet-admin/cli/seed/seed.go:18, run once by the
// `hatchet-admin seed` CLI command (cmd/hatchet-admin/cli/seed.go:61) and by
// the test harness (pkg/testing/harness/engine.go:471). Password validation
// and hashing and the auth-disabled token are trimmed.
func SeedDatabase(dc *Layer) error {
	shouldSeedUser := dc.Seed.AdminEmail != "" && dc.Seed.AdminPassword != ""
	var userID uuid.UUID

	if shouldSeedUser {
		hashedPw := v1.StringPtr(dc.Seed.AdminPassword)

		user, err := dc.V1.User().GetUserByEmail(context.Background(), dc.Seed.AdminEmail) // safe: single-threaded CLI seed command, run once before the server starts

		if err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				user, err = dc.V1.User().CreateUser(context.Background(), &v1.CreateUserOpts{
					Email:         dc.Seed.AdminEmail,
					Name:          v1.StringPtr(dc.Seed.AdminName),
					EmailVerified: v1.BoolPtr(true),
					Password:      hashedPw,
				})

				if err != nil {
					return err
				}
			} else {
				return err
			}
		}

		userID = user.ID
	}

	_, err := dc.V1.Tenant().GetTenantBySlug(context.Background(), dc.Seed.DefaultTenantSlug) // safe: single-threaded CLI seed command, run once before the server starts

	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			// seed an example tenant
			// initialize a tenant
			tenantID, err := uuid.Parse(dc.Seed.DefaultTenantID)
			if err != nil {
				return fmt.Errorf("invalid default tenant ID: %w", err)
			}

			sqlcTenant, err := dc.V1.Tenant().CreateTenant(context.Background(), &v1.CreateTenantOpts{
				ID:   &tenantID,
				Name: dc.Seed.DefaultTenantName,
				Slug: dc.Seed.DefaultTenantSlug,
			})

			if err != nil {
				return err
			}

			fmt.Println("created tenant", sqlcTenant.ID.String())

			// add the user to the tenant
			_, err = dc.V1.Tenant().CreateTenantMember(context.Background(), sqlcTenant.ID, &v1.CreateTenantMemberOpts{
				Role:   "OWNER",
				UserId: userID,
			})

			if err != nil {
				return err
			}
		} else {
			return err
		}
	}

	return nil
}
