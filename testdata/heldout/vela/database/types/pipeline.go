package types

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	api "example.com/heldout/vela/api/types"
)

// Pipeline reproduces database/types/pipeline.go (trimmed columns; tags as upstream).
type Pipeline struct {
	ID       sql.NullInt64  `sql:"id"`
	RepoID   sql.NullInt64  `sql:"repo_id"`
	Commit   sql.NullString `sql:"commit"`
	Ref      sql.NullString `sql:"ref"`
	Type     sql.NullString `sql:"type"`
	Warnings pq.StringArray `sql:"warnings"         gorm:"type:varchar(5000)"`
	Data     []byte         `sql:"data"`

	Repo Repo `gorm:"foreignKey:RepoID"`
}

// Compress reproduces Pipeline.Compress (zlib trimmed).
func (p *Pipeline) Compress(level int) error { return nil }

// Decompress reproduces Pipeline.Decompress (zlib trimmed).
func (p *Pipeline) Decompress() error { return nil }

// ToAPI reproduces Pipeline.ToAPI (trimmed).
func (p *Pipeline) ToAPI() *api.Pipeline {
	pipeline := new(api.Pipeline)

	pipeline.SetID(p.ID.Int64)
	pipeline.SetRepo(p.Repo.ToAPI())
	pipeline.SetCommit(p.Commit.String)
	pipeline.SetRef(p.Ref.String)
	pipeline.SetType(p.Type.String)
	pipeline.SetWarnings(p.Warnings)
	pipeline.SetData(p.Data)

	return pipeline
}

// Validate reproduces Pipeline.Validate (trimmed).
func (p *Pipeline) Validate() error {
	if len(p.Commit.String) == 0 {
		return errors.New("empty pipeline commit provided")
	}

	if p.RepoID.Int64 <= 0 {
		return errors.New("empty pipeline repo_id provided")
	}

	return nil
}

// PipelineFromAPI reproduces PipelineFromAPI (trimmed).
func PipelineFromAPI(p *api.Pipeline) *Pipeline {
	return &Pipeline{
		ID:       sql.NullInt64{Int64: p.GetID(), Valid: p.GetID() != 0},
		RepoID:   sql.NullInt64{Int64: p.GetRepo().GetID(), Valid: true},
		Commit:   sql.NullString{String: p.GetCommit(), Valid: true},
		Ref:      sql.NullString{String: p.GetRef(), Valid: true},
		Type:     sql.NullString{String: p.GetType(), Valid: true},
		Warnings: pq.StringArray(p.GetWarnings()),
		Data:     p.GetData(),
	}
}
