package types

import (
	"database/sql"
	"errors"

	api "example.com/heldout/vela/api/types"
)

const maxTitleLength = 1000

// Build reproduces database/types/build.go (trimmed columns; tags as upstream).
type Build struct {
	ID         sql.NullInt64  `sql:"id"`
	RepoID     sql.NullInt64  `sql:"repo_id"`
	PipelineID sql.NullInt64  `sql:"pipeline_id"`
	Number     sql.NullInt64  `sql:"number"`
	Event      sql.NullString `sql:"event"`
	Status     sql.NullString `sql:"status"`
	Error      sql.NullString `sql:"error"`
	Created    sql.NullInt64  `sql:"created"`
	Title      sql.NullString `sql:"title"`
	Commit     sql.NullString `sql:"commit"`
	Ref        sql.NullString `sql:"ref"`

	Repo Repo `gorm:"foreignKey:RepoID"`
}

// Crop reproduces Build.Crop.
func (b *Build) Crop() *Build {
	if len(b.Title.String) > maxTitleLength {
		b.Title = sql.NullString{String: b.Title.String[:maxTitleLength], Valid: true}
	}

	return b
}

// ToAPI reproduces Build.ToAPI (trimmed).
func (b *Build) ToAPI() *api.Build {
	build := new(api.Build)

	build.SetID(b.ID.Int64)
	build.SetRepo(b.Repo.ToAPI())
	build.SetPipelineID(b.PipelineID.Int64)
	build.SetNumber(b.Number.Int64)
	build.SetEvent(b.Event.String)
	build.SetStatus(b.Status.String)
	build.SetError(b.Error.String)
	build.SetCreated(b.Created.Int64)
	build.SetCommit(b.Commit.String)
	build.SetRef(b.Ref.String)

	return build
}

// Validate reproduces Build.Validate (trimmed).
func (b *Build) Validate() error {
	if b.RepoID.Int64 <= 0 {
		return errors.New("empty build repo_id provided")
	}

	if b.Number.Int64 <= 0 {
		return errors.New("empty build number provided")
	}

	return nil
}

// BuildFromAPI reproduces BuildFromAPI (trimmed).
func BuildFromAPI(b *api.Build) *Build {
	return &Build{
		ID:         sql.NullInt64{Int64: b.GetID(), Valid: b.GetID() != 0},
		RepoID:     sql.NullInt64{Int64: b.GetRepo().GetID(), Valid: true},
		PipelineID: sql.NullInt64{Int64: b.GetPipelineID(), Valid: b.GetPipelineID() != 0},
		Number:     sql.NullInt64{Int64: b.GetNumber(), Valid: true},
		Event:      sql.NullString{String: b.GetEvent(), Valid: true},
		Status:     sql.NullString{String: b.GetStatus(), Valid: true},
		Created:    sql.NullInt64{Int64: b.GetCreated(), Valid: true},
		Commit:     sql.NullString{String: b.GetCommit(), Valid: true},
		Ref:        sql.NullString{String: b.GetRef(), Valid: true},
	}
}
