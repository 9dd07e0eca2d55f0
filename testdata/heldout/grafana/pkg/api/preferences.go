package api

import (
	"context"

	pref "example.com/heldout/grafana/pkg/services/preference"
)

// UpdateUserPreferences — PUT /api/user/preferences -> updatePreferencesFor
// -> preferenceService.Save (same path for org and team preferences).
func (hs *HTTPServer) UpdateUserPreferences(ctx context.Context, orgID, userID int64, dtoCmd pref.SavePreferenceCommand) error {
	return hs.updatePreferencesFor(ctx, orgID, userID, 0, &dtoCmd)
}

func (hs *HTTPServer) updatePreferencesFor(ctx context.Context, orgID, userID, teamId int64, dtoCmd *pref.SavePreferenceCommand) error {
	dtoCmd.UserID = userID
	dtoCmd.OrgID = orgID
	dtoCmd.TeamID = teamId
	return hs.preferenceService.Save(ctx, dtoCmd)
}

// PatchUserPreferences — PATCH /api/user/preferences -> patchPreferencesFor
// -> preferenceService.Patch.
func (hs *HTTPServer) PatchUserPreferences(ctx context.Context, orgID, userID int64, dtoCmd pref.PatchPreferenceCommand) error {
	return hs.patchPreferencesFor(ctx, orgID, userID, 0, &dtoCmd)
}

func (hs *HTTPServer) patchPreferencesFor(ctx context.Context, orgID, userID, teamId int64, dtoCmd *pref.PatchPreferenceCommand) error {
	dtoCmd.UserID = userID
	dtoCmd.OrgID = orgID
	dtoCmd.TeamID = teamId
	return hs.preferenceService.Patch(ctx, dtoCmd)
}
