package prefimpl

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	pref "example.com/heldout/grafana/pkg/services/preference"
)

// Upstream: pkg/services/preference/prefimpl/pref.go (newest stored version,
// index id 42173377). Command validation, JSON data building and most patch
// fields dropped.

type Service struct {
	store store
}

func ProvideService(db db.DB) *Service {
	return &Service{
		store: &sqlStore{
			db: db,
		},
	}
}

// Save — upstream pref.go:116 (lookup :127, insert :152).
func (s *Service) Save(ctx context.Context, cmd *pref.SavePreferenceCommand) error {
	jsonData := &pref.PreferenceJSONData{Language: cmd.Language}

	// no unique key on preferences (org_id, user_id, team_id): two first
	// saves for the same user/team/org both miss and both insert a row
	preference, err := s.store.Get(ctx, &pref.Preference{ // race; no unique key: preferences has only plain indexes on org_id and user_id (preferences_mig.go:26-28), none on (org_id, user_id, team_id)
		OrgID:  cmd.OrgID,
		UserID: cmd.UserID,
		TeamID: cmd.TeamID,
	})
	if err != nil {
		if errors.Is(err, pref.ErrPrefNotFound) {
			preference := &pref.Preference{
				UserID: cmd.UserID,
				OrgID:  cmd.OrgID,
				TeamID: cmd.TeamID,
				// nolint: staticcheck
				HomeDashboardID: cmd.HomeDashboardID,
				Timezone:        cmd.Timezone,
				WeekStart:       &cmd.WeekStart,
				Theme:           cmd.Theme,
				Created:         time.Now(),
				Updated:         time.Now(),
				JSONData:        jsonData,
			}

			if cmd.HomeDashboardUID != nil {
				preference.HomeDashboardUID = *cmd.HomeDashboardUID
			}

			_, err = s.store.Insert(ctx, preference)
			if err != nil {
				return err
			}
		}
		return err
	}

	preference.Timezone = cmd.Timezone
	preference.WeekStart = &cmd.WeekStart
	preference.Theme = cmd.Theme
	preference.Updated = time.Now()
	preference.Version += 1
	preference.HomeDashboardID = cmd.HomeDashboardID // nolint:staticcheck
	if cmd.HomeDashboardUID != nil {
		preference.HomeDashboardUID = *cmd.HomeDashboardUID
	}
	preference.JSONData = jsonData

	return s.store.Update(ctx, preference)
}

// Patch — upstream pref.go:174 (lookup :181, insert :278).
func (s *Service) Patch(ctx context.Context, cmd *pref.PatchPreferenceCommand) error {
	var exists bool
	// same as Save: ErrPrefNotFound selects the insert branch below
	preference, err := s.store.Get(ctx, &pref.Preference{ // race; no unique key: preferences has only plain indexes on org_id and user_id (preferences_mig.go:26-28), none on (org_id, user_id, team_id)
		OrgID:  cmd.OrgID,
		UserID: cmd.UserID,
		TeamID: cmd.TeamID,
	})
	if err != nil && !errors.Is(err, pref.ErrPrefNotFound) {
		return err
	}

	if errors.Is(err, pref.ErrPrefNotFound) {
		preference = &pref.Preference{
			UserID:   cmd.UserID,
			OrgID:    cmd.OrgID,
			TeamID:   cmd.TeamID,
			Created:  time.Now(),
			JSONData: &pref.PreferenceJSONData{},
		}
	} else {
		exists = true
	}

	if cmd.Language != nil {
		if preference.JSONData == nil {
			preference.JSONData = &pref.PreferenceJSONData{}
		}
		preference.JSONData.Language = *cmd.Language
	}

	if cmd.Timezone != nil {
		preference.Timezone = *cmd.Timezone
	}

	if cmd.Theme != nil {
		preference.Theme = *cmd.Theme
	}

	preference.Updated = time.Now()
	preference.Version += 1

	if exists {
		err = s.store.Update(ctx, preference)
	} else {
		_, err = s.store.Insert(ctx, preference)
	}
	return err
}
