package idpsync

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/database/db2sdk"
	"example.com/realworld/coder/coderd/database/dbauthz"
	"example.com/realworld/coder/coderd/database/dbtime"
	"example.com/realworld/coder/coderd/util/slice"
	"example.com/realworld/coder/third_party/slog"
	"example.com/realworld/coder/third_party/xerrors"
)

// OrganizationParams is coderd/idpsync/organization.go OrganizationParams.
type OrganizationParams struct {
	// SyncEntitled if false will skip syncing the user's organizations.
	SyncEntitled bool
	// MergedClaims are passed to the organization level for syncing
	MergedClaims map[string]interface{}
}

// OrganizationSyncEntitled: AGPL does not support syncing organizations.
func (AGPLIDPSync) OrganizationSyncEntitled() bool {
	// AGPL does not support syncing organizations.
	return false
}

// OrganizationSyncSettings reproduces coderd/idpsync/organization.go
// (AGPLIDPSync).OrganizationSyncSettings; the runtimeconfig lookup is reduced
// to the static deployment settings it falls back to.
func (s AGPLIDPSync) OrganizationSyncSettings(_ context.Context, _ database.Store) (*OrganizationSyncSettings, error) {
	return &OrganizationSyncSettings{
		Field:         s.DeploymentSyncSettings.OrganizationField,
		Mapping:       s.DeploymentSyncSettings.OrganizationMapping,
		AssignDefault: s.DeploymentSyncSettings.OrganizationAssignDefault,
	}, nil
}

// ParseOrganizationClaims reproduces coderd/idpsync/organization.go.
func (s AGPLIDPSync) ParseOrganizationClaims(_ context.Context, claims map[string]interface{}) (OrganizationParams, *HTTPError) {
	// For AGPL we only sync the default organization.
	return OrganizationParams{
		SyncEntitled: s.OrganizationSyncEntitled(),
		MergedClaims: claims,
	}, nil
}

// SyncOrganizations if enabled will ensure the user is a member of the provided
// organizations. It will add and remove their membership to match the expected set.
//
// Reproduces coderd/idpsync/organization.go (AGPLIDPSync).SyncOrganizations at
// e3accbbf: the user's current memberships are loaded (GetOrganizationsByUserID),
// the missing ones computed (SymmetricDifference) and inserted one by one
// (InsertOrganizationMember, a plain INSERT; sql.ErrNoRows only when the
// organization itself does not exist). Called inside oauthLogin's
// transaction (default isolation) on every OIDC login.
func (s AGPLIDPSync) SyncOrganizations(ctx context.Context, tx database.Store, user database.User, params OrganizationParams) error {
	// Nothing happens if sync is not enabled
	if !params.SyncEntitled {
		return nil
	}

	// nolint:gocritic // all syncing is done as a system user
	ctx = dbauthz.AsSystemRestricted(ctx)

	orgSettings, err := s.OrganizationSyncSettings(ctx, tx)
	if err != nil {
		return xerrors.Errorf("failed to get org sync settings: %w", err)
	}

	if orgSettings.Field == "" {
		return nil // No sync configured, nothing to do
	}

	expectedOrgs, err := orgSettings.ParseClaims(ctx, tx, params.MergedClaims)
	if err != nil {
		return xerrors.Errorf("organization claims: %w", err)
	}

	existingOrgs, err := tx.GetOrganizationsByUserID(ctx, database.GetOrganizationsByUserIDParams{ // race
		UserID:  user.ID,
		Deleted: false,
	})
	if err != nil {
		return xerrors.Errorf("failed to get user organizations: %w", err)
	}

	existingOrgIDs := db2sdk.List(existingOrgs, func(org database.Organization) uuid.UUID {
		return org.ID
	})

	// Find the difference in the expected and the existing orgs, and
	// correct the set of orgs the user is a member of.
	add, remove := slice.SymmetricDifference(existingOrgIDs, expectedOrgs)
	notExists := make([]uuid.UUID, 0)
	for _, orgID := range add {
		_, err := tx.InsertOrganizationMember(ctx, database.InsertOrganizationMemberParams{
			OrganizationID: orgID,
			UserID:         user.ID,
			CreatedAt:      dbtime.Now(),
			UpdatedAt:      dbtime.Now(),
			Roles:          []string{},
		})
		if err != nil {
			if xerrors.Is(err, sql.ErrNoRows) {
				notExists = append(notExists, orgID)
				continue
			}
			return xerrors.Errorf("add user to organization: %w", err)
		}
	}

	_ = remove // DeleteOrganizationMember for each removed org (not reproduced).

	if len(notExists) > 0 {
		s.Logger.Debug(ctx, "organizations do not exist but attempted to use in org sync",
			slog.F("not_found", notExists),
			slog.F("user_id", user.ID),
			slog.F("username", user.Username),
		)
	}
	return nil
}

// OrganizationSyncSettings is coderd/idpsync/organization.go.
type OrganizationSyncSettings struct {
	// Field selects the claim field to be used as the created user's
	// organizations. If the field is the empty string, then no organization updates
	// will ever come from the OIDC provider.
	Field string `json:"field"`
	// Mapping controls how organizations returned by the OIDC provider get mapped
	Mapping map[string][]uuid.UUID `json:"mapping"`
	// AssignDefault will ensure all users that authenticate will be
	// placed into the default organization. This is mostly a hack to support
	// legacy deployments.
	AssignDefault bool `json:"assign_default"`
}

// ParseClaims will parse the claims and return the list of organizations the user
// should sync to (coderd/idpsync/organization.go).
func (s *OrganizationSyncSettings) ParseClaims(ctx context.Context, db database.Store, mergedClaims map[string]interface{}) ([]uuid.UUID, error) {
	userOrganizations := make([]uuid.UUID, 0)

	if s.AssignDefault {
		// This is a bit hacky, but if AssignDefault is included, then always
		// make sure to include the default org in the list of expected.
		defaultOrg, err := db.GetDefaultOrganization(ctx)
		if err != nil {
			return nil, xerrors.Errorf("failed to get default organization: %w", err)
		}

		// Always include default org.
		userOrganizations = append(userOrganizations, defaultOrg.ID)
	}

	organizationRaw, ok := mergedClaims[s.Field]
	if !ok {
		return userOrganizations, nil
	}

	parsedOrganizations, err := ParseStringSliceClaim(organizationRaw)
	if err != nil {
		return userOrganizations, xerrors.Errorf("failed to parese organizations OIDC claims: %w", err)
	}

	// add any mapped organizations
	for _, parsedOrg := range parsedOrganizations {
		if mappedOrganization, ok := s.Mapping[parsedOrg]; ok {
			// parsedOrg is in the mapping, so add the mapped organizations to the
			// user's organizations.
			userOrganizations = append(userOrganizations, mappedOrganization...)
		}
	}

	// Deduplicate the organizations
	return slice.Unique(userOrganizations), nil
}
