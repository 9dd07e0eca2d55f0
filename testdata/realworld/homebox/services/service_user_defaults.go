// Package services reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/core/services.
package services

import (
	"context"

	"example.com/realworld/homebox/repo"
	"github.com/google/uuid"
)

const defaultLocationGarage = "Garage"

// ensureDefaultEntityTypes is core/services/service_user_defaults.go:16:
// GetDefault creates each type if missing.
func ensureDefaultEntityTypes(ctx context.Context, repos *repo.AllRepos, gid uuid.UUID) error {
	for _, isLocation := range []bool{false, true} {
		if _, err := repos.EntityTypes.GetDefault(ctx, gid, isLocation); err != nil {
			return err
		}
	}
	return nil
}

// defaultLocations is core/services/service_user_defaults.go:25 (trimmed).
func defaultLocations() []repo.EntityCreate {
	return []repo.EntityCreate{
		{
			Name: "Living Room",
		},
		{
			Name: defaultLocationGarage,
		},
		{
			Name: "Kitchen",
		},
	}
}

// defaultTags is core/services/service_user_defaults.go:54 (trimmed).
func defaultTags() []repo.TagCreate {
	return []repo.TagCreate{
		{
			Name: "Appliances",
		},
		{
			Name: "IOT",
		},
		{
			Name: "Electronics",
		},
	}
}
