package handlers

import (
	"errors"
	"net/http"
	"time"

	"example.com/heldout/convoy/database/postgres"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/third_party/chi"
	"example.com/heldout/convoy/third_party/null"
	"example.com/heldout/convoy/third_party/render"
	"example.com/heldout/convoy/util"
)

// UpdateOrganisationOverride creates or updates a feature flag override for any organization (instance admin only)
func (h *Handler) UpdateOrganisationOverride(w http.ResponseWriter, r *http.Request) {
	if !h.isInstanceAdmin(r) {
		_ = render.Render(w, r, util.NewErrorResponse("Unauthorized: instance admin access required", http.StatusForbidden))
		return
	}

	orgID := chi.URLParam(r, "orgID")
	if orgID == "" {
		_ = render.Render(w, r, util.NewErrorResponse("organisation ID is required", http.StatusBadRequest))
		return
	}

	var overrideRequest datastore.UpdateOrganisationOverride
	err := util.ReadJSON(r, &overrideRequest)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse("Invalid request format", http.StatusBadRequest))
		return
	}

	user, err := h.retrieveUser(r)
	if err != nil {
		_ = render.Render(w, r, util.NewServiceErrResponse(err))
		return
	}

	// Fetch the feature flag
	featureFlag, err := postgres.FetchFeatureFlagByKey(r.Context(), h.A.DB, overrideRequest.FeatureKey) // safe: looks up the parent flag; the override write is INSERT ... ON CONFLICT (owner_type, owner_id, feature_flag_id) DO UPDATE
	if err != nil {
		if errors.Is(err, postgres.ErrFeatureFlagNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("Feature flag not found: "+overrideRequest.FeatureKey, http.StatusBadRequest))
			return
		}
		_ = render.Render(w, r, util.NewServiceErrResponse(err))
		return
	}

	if overrideRequest.FeatureKey != "circuit-breaker" {
		_ = render.Render(w, r, util.NewErrorResponse(
			"Feature flag "+overrideRequest.FeatureKey+" does not support org overrides. Use the early adopter features API for user-controlled features.", http.StatusBadRequest))
		return
	}

	override := &datastore.FeatureFlagOverride{
		FeatureFlagID: featureFlag.UID,
		OwnerType:     "organisation",
		OwnerID:       orgID,
		Enabled:       overrideRequest.Enabled,
		EnabledBy:     null.StringFrom(user.UID),
	}

	if overrideRequest.Enabled {
		override.EnabledAt = null.TimeFrom(time.Now())
	}

	err = postgres.UpsertFeatureFlagOverride(r.Context(), h.A.DB, override)
	if err != nil {
		_ = render.Render(w, r, util.NewServiceErrResponse(err))
		return
	}

	_ = render.Render(w, r, util.NewServerResponse("Feature flag override updated successfully", override, http.StatusOK))
}

// isInstanceAdmin (organisation.go:449): upstream looks up the caller's
// instance-admin membership; reduced to "has an authenticated user".
func (h *Handler) isInstanceAdmin(r *http.Request) bool {
	_, err := h.retrieveUser(r)
	return err == nil
}
