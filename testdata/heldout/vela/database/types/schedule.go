package types

import (
	"database/sql"
	"errors"

	api "example.com/heldout/vela/api/types"
)

// Schedule reproduces database/types/schedule.go (tags as upstream).
type Schedule struct {
	ID          sql.NullInt64  `sql:"id"`
	RepoID      sql.NullInt64  `sql:"repo_id"`
	Active      sql.NullBool   `sql:"active"`
	Name        sql.NullString `sql:"name"`
	Entry       sql.NullString `sql:"entry"`
	CreatedAt   sql.NullInt64  `sql:"created_at"`
	CreatedBy   sql.NullString `sql:"created_by"`
	UpdatedAt   sql.NullInt64  `sql:"updated_at"`
	UpdatedBy   sql.NullString `sql:"updated_by"`
	ScheduledAt sql.NullInt64  `sql:"scheduled_at"`
	Branch      sql.NullString `sql:"branch"`
	Error       sql.NullString `sql:"error"`

	Repo Repo `gorm:"foreignKey:RepoID"`
}

// ToAPI reproduces Schedule.ToAPI (trimmed).
func (s *Schedule) ToAPI() *api.Schedule {
	schedule := new(api.Schedule)

	schedule.SetID(s.ID.Int64)
	schedule.SetRepo(s.Repo.ToAPI())
	schedule.SetActive(s.Active.Bool)
	schedule.SetName(s.Name.String)
	schedule.SetEntry(s.Entry.String)
	schedule.SetCreatedAt(s.CreatedAt.Int64)
	schedule.SetCreatedBy(s.CreatedBy.String)
	schedule.SetUpdatedAt(s.UpdatedAt.Int64)
	schedule.SetUpdatedBy(s.UpdatedBy.String)
	schedule.SetScheduledAt(s.ScheduledAt.Int64)
	schedule.SetBranch(s.Branch.String)

	return schedule
}

// Validate reproduces Schedule.Validate.
func (s *Schedule) Validate() error {
	if s.RepoID.Int64 <= 0 {
		return errors.New("empty schedule repo_id provided")
	}

	if len(s.Name.String) == 0 {
		return errors.New("empty schedule name provided")
	}

	if len(s.Entry.String) == 0 {
		return errors.New("empty schedule entry provided")
	}

	return nil
}

// ScheduleFromAPI reproduces ScheduleFromAPI.
func ScheduleFromAPI(s *api.Schedule) *Schedule {
	return &Schedule{
		ID:          sql.NullInt64{Int64: s.GetID(), Valid: s.GetID() != 0},
		RepoID:      sql.NullInt64{Int64: s.GetRepo().GetID(), Valid: true},
		Active:      sql.NullBool{Bool: s.GetActive(), Valid: true},
		Name:        sql.NullString{String: s.GetName(), Valid: true},
		Entry:       sql.NullString{String: s.GetEntry(), Valid: true},
		CreatedAt:   sql.NullInt64{Int64: s.GetCreatedAt(), Valid: true},
		CreatedBy:   sql.NullString{String: s.GetCreatedBy(), Valid: true},
		UpdatedAt:   sql.NullInt64{Int64: s.GetUpdatedAt(), Valid: true},
		UpdatedBy:   sql.NullString{String: s.GetUpdatedBy(), Valid: true},
		ScheduledAt: sql.NullInt64{Int64: s.GetScheduledAt(), Valid: true},
		Branch:      sql.NullString{String: s.GetBranch(), Valid: true},
	}
}
