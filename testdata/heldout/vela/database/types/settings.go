package types

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	"example.com/heldout/vela/api/types/settings"
)

type (
	// Platform reproduces database/types/settings.go Platform (trimmed: the
	// compiler/queue/scm JSON columns and the secret/dashboard limits are
	// left out; tags as upstream).
	Platform struct {
		ID sql.NullInt32 `sql:"id"`

		RepoAllowlist     pq.StringArray `json:"repo_allowlist"        sql:"repo_allowlist"        gorm:"type:varchar(1000)"`
		ScheduleAllowlist pq.StringArray `json:"schedule_allowlist"    sql:"schedule_allowlist"    gorm:"type:varchar(1000)"`

		CreatedAt sql.NullInt64  `sql:"created_at"`
		UpdatedAt sql.NullInt64  `sql:"updated_at"`
		UpdatedBy sql.NullString `sql:"updated_by"`
	}
)

// Nullify reproduces Platform.Nullify.
func (ps *Platform) Nullify() *Platform {
	if ps == nil {
		return nil
	}

	if ps.ID.Int32 == 0 {
		ps.ID.Valid = false
	}

	return ps
}

// ToAPI reproduces Platform.ToAPI (trimmed).
func (ps *Platform) ToAPI() *settings.Platform {
	psAPI := new(settings.Platform)

	psAPI.SetID(ps.ID.Int32)
	psAPI.SetRepoAllowlist(ps.RepoAllowlist)
	psAPI.SetScheduleAllowlist(ps.ScheduleAllowlist)
	psAPI.SetCreatedAt(ps.CreatedAt.Int64)
	psAPI.SetUpdatedAt(ps.UpdatedAt.Int64)
	psAPI.SetUpdatedBy(ps.UpdatedBy.String)

	return psAPI
}

// Validate reproduces Platform.Validate (trimmed).
func (ps *Platform) Validate() error {
	if ps.CreatedAt.Int64 < 0 {
		return errors.New("created_at must be greater than zero")
	}

	return nil
}

// SettingsFromAPI reproduces SettingsFromAPI (trimmed).
func SettingsFromAPI(s *settings.Platform) *Platform {
	settings := &Platform{
		ID:                sql.NullInt32{Int32: s.GetID(), Valid: true},
		RepoAllowlist:     pq.StringArray(s.GetRepoAllowlist()),
		ScheduleAllowlist: pq.StringArray(s.GetScheduleAllowlist()),
		CreatedAt:         sql.NullInt64{Int64: s.GetCreatedAt(), Valid: true},
		UpdatedAt:         sql.NullInt64{Int64: s.GetUpdatedAt(), Valid: true},
		UpdatedBy:         sql.NullString{String: s.GetUpdatedBy(), Valid: true},
	}

	return settings.Nullify()
}
