package types

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	api "example.com/heldout/vela/api/types"
)

var (
	// ErrEmptyRepoFullName reproduces database/types/repo.go.
	ErrEmptyRepoFullName = errors.New("empty repo full_name provided")
	// ErrEmptyRepoName reproduces database/types/repo.go.
	ErrEmptyRepoName = errors.New("empty repo name provided")
	// ErrEmptyRepoOrg reproduces database/types/repo.go.
	ErrEmptyRepoOrg = errors.New("empty repo org provided")
)

// Repo reproduces database/types/repo.go (trimmed columns; tags as upstream).
type Repo struct {
	ID           sql.NullInt64  `sql:"id"`
	UserID       sql.NullInt64  `sql:"user_id"`
	Hash         sql.NullString `sql:"hash"`
	Org          sql.NullString `sql:"org"`
	Name         sql.NullString `sql:"name"`
	FullName     sql.NullString `sql:"full_name"`
	Clone        sql.NullString `sql:"clone"`
	Branch       sql.NullString `sql:"branch"`
	Topics       pq.StringArray `sql:"topics"             gorm:"type:varchar(1020)"`
	Counter      sql.NullInt64  `sql:"counter"`
	HookCounter  sql.NullInt64  `sql:"hook_counter"`
	Active       sql.NullBool   `sql:"active"`
	PipelineType sql.NullString `sql:"pipeline_type"`
	InstallID    sql.NullInt64  `sql:"install_id"`

	Owner User `gorm:"foreignKey:UserID"`
}

// Decrypt reproduces Repo.Decrypt (AES trimmed).
func (r *Repo) Decrypt(key string) error { return nil }

// Encrypt reproduces Repo.Encrypt (AES trimmed).
func (r *Repo) Encrypt(key string) error { return nil }

// Nullify reproduces Repo.Nullify (trimmed).
func (r *Repo) Nullify() *Repo {
	if r == nil {
		return nil
	}

	if r.ID.Int64 == 0 {
		r.ID.Valid = false
	}

	if r.UserID.Int64 == 0 {
		r.UserID.Valid = false
	}

	if len(r.Hash.String) == 0 {
		r.Hash.Valid = false
	}

	if len(r.Org.String) == 0 {
		r.Org.Valid = false
	}

	if len(r.Name.String) == 0 {
		r.Name.Valid = false
	}

	if len(r.FullName.String) == 0 {
		r.FullName.Valid = false
	}

	return r
}

// ToAPI reproduces Repo.ToAPI (trimmed).
func (r *Repo) ToAPI() *api.Repo {
	repo := new(api.Repo)

	repo.SetID(r.ID.Int64)
	repo.SetOwner(r.Owner.ToAPI())
	repo.SetHash(r.Hash.String)
	repo.SetOrg(r.Org.String)
	repo.SetName(r.Name.String)
	repo.SetFullName(r.FullName.String)
	repo.SetBranch(r.Branch.String)
	repo.SetCounter(r.Counter.Int64)
	repo.SetHookCounter(r.HookCounter.Int64)
	repo.SetActive(r.Active.Bool)
	repo.SetPipelineType(r.PipelineType.String)
	repo.SetInstallID(r.InstallID.Int64)

	return repo
}

// Validate reproduces Repo.Validate (trimmed).
func (r *Repo) Validate() error {
	if len(r.Org.String) == 0 {
		return ErrEmptyRepoOrg
	}

	if len(r.Name.String) == 0 {
		return ErrEmptyRepoName
	}

	if len(r.FullName.String) == 0 {
		return ErrEmptyRepoFullName
	}

	return nil
}

// RepoFromAPI reproduces RepoFromAPI (trimmed).
func RepoFromAPI(r *api.Repo) *Repo {
	repo := &Repo{
		ID:           sql.NullInt64{Int64: r.GetID(), Valid: true},
		UserID:       sql.NullInt64{Int64: r.GetOwner().GetID(), Valid: true},
		Hash:         sql.NullString{String: r.GetHash(), Valid: true},
		Org:          sql.NullString{String: r.GetOrg(), Valid: true},
		Name:         sql.NullString{String: r.GetName(), Valid: true},
		FullName:     sql.NullString{String: r.GetFullName(), Valid: true},
		Clone:        sql.NullString{String: r.GetClone(), Valid: true},
		Branch:       sql.NullString{String: r.GetBranch(), Valid: true},
		Active:       sql.NullBool{Bool: r.GetActive(), Valid: true},
		PipelineType: sql.NullString{String: r.GetPipelineType(), Valid: true},
		InstallID:    sql.NullInt64{Int64: r.GetInstallID(), Valid: true},
	}

	if r.Counter != nil {
		repo.Counter = sql.NullInt64{Int64: r.GetCounter(), Valid: true}
	}

	if r.HookCounter != nil {
		repo.HookCounter = sql.NullInt64{Int64: r.GetHookCounter(), Valid: true}
	}

	return repo.Nullify()
}
