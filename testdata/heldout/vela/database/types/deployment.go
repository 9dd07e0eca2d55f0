package types

import (
	"database/sql"
	"errors"
	"strconv"

	"github.com/lib/pq"

	api "example.com/heldout/vela/api/types"
)

// Deployment reproduces database/types/deployment.go (trimmed: payload
// column left out; tags as upstream).
type Deployment struct {
	ID          sql.NullInt64  `sql:"id"`
	Number      sql.NullInt64  `sql:"number"`
	RepoID      sql.NullInt64  `sql:"repo_id"`
	URL         sql.NullString `sql:"url"`
	Commit      sql.NullString `sql:"commit"`
	Ref         sql.NullString `sql:"ref"`
	Task        sql.NullString `sql:"task"`
	Target      sql.NullString `sql:"target"`
	Description sql.NullString `sql:"description"`
	CreatedAt   sql.NullInt64  `sql:"created_at"`
	CreatedBy   sql.NullString `sql:"created_by"`
	Builds      pq.StringArray `sql:"builds"      gorm:"type:varchar(50)"`

	Repo Repo `gorm:"foreignKey:RepoID"`
}

// ToAPI reproduces Deployment.ToAPI.
func (d *Deployment) ToAPI(builds []*api.Build) *api.Deployment {
	deployment := new(api.Deployment)

	deployment.SetID(d.ID.Int64)
	deployment.SetRepo(d.Repo.ToAPI())
	deployment.SetNumber(d.Number.Int64)
	deployment.SetCommit(d.Commit.String)
	deployment.SetRef(d.Ref.String)
	deployment.SetTask(d.Task.String)
	deployment.SetTarget(d.Target.String)
	deployment.SetDescription(d.Description.String)
	deployment.SetCreatedAt(d.CreatedAt.Int64)
	deployment.SetCreatedBy(d.CreatedBy.String)
	deployment.SetBuilds(builds)

	return deployment
}

// Validate reproduces Deployment.Validate.
func (d *Deployment) Validate() error {
	if d.RepoID.Int64 <= 0 {
		return errors.New("empty deployment repo_id provided")
	}

	return nil
}

// DeploymentFromAPI reproduces DeploymentFromAPI.
func DeploymentFromAPI(d *api.Deployment) *Deployment {
	buildIDs := []string{}
	for _, b := range d.GetBuilds() {
		buildIDs = append(buildIDs, strconv.FormatInt(b.GetID(), 10))
	}

	return &Deployment{
		ID:          sql.NullInt64{Int64: d.GetID(), Valid: d.GetID() != 0},
		Number:      sql.NullInt64{Int64: d.GetNumber(), Valid: true},
		RepoID:      sql.NullInt64{Int64: d.GetRepo().GetID(), Valid: true},
		Commit:      sql.NullString{String: d.GetCommit(), Valid: true},
		Ref:         sql.NullString{String: d.GetRef(), Valid: true},
		Task:        sql.NullString{String: d.GetTask(), Valid: true},
		Target:      sql.NullString{String: d.GetTarget(), Valid: true},
		Description: sql.NullString{String: d.GetDescription(), Valid: true},
		CreatedAt:   sql.NullInt64{Int64: d.GetCreatedAt(), Valid: true},
		CreatedBy:   sql.NullString{String: d.GetCreatedBy(), Valid: true},
		Builds:      buildIDs,
	}
}
