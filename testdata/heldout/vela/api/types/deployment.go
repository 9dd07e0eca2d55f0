package types

// Deployment reproduces api/types/deployment.go (trimmed).
type Deployment struct {
	ID          *int64   `json:"id,omitempty"`
	Repo        *Repo    `json:"repo,omitempty"`
	Number      *int64   `json:"number,omitempty"`
	Commit      *string  `json:"commit,omitempty"`
	Ref         *string  `json:"ref,omitempty"`
	Task        *string  `json:"task,omitempty"`
	Target      *string  `json:"target,omitempty"`
	Description *string  `json:"description,omitempty"`
	CreatedAt   *int64   `json:"created_at,omitempty"`
	CreatedBy   *string  `json:"created_by,omitempty"`
	Builds      []*Build `json:"builds,omitempty"`
}

func (d *Deployment) GetID() int64 {
	if d == nil {
		return 0
	}

	return val(d.ID)
}

func (d *Deployment) GetRepo() *Repo {
	if d == nil || d.Repo == nil {
		return new(Repo)
	}

	return d.Repo
}

func (d *Deployment) GetNumber() int64 {
	if d == nil {
		return 0
	}

	return val(d.Number)
}

func (d *Deployment) GetCommit() string {
	if d == nil {
		return ""
	}

	return val(d.Commit)
}

func (d *Deployment) GetRef() string {
	if d == nil {
		return ""
	}

	return val(d.Ref)
}

func (d *Deployment) GetTask() string {
	if d == nil {
		return ""
	}

	return val(d.Task)
}

func (d *Deployment) GetTarget() string {
	if d == nil {
		return ""
	}

	return val(d.Target)
}

func (d *Deployment) GetDescription() string {
	if d == nil {
		return ""
	}

	return val(d.Description)
}

func (d *Deployment) GetCreatedAt() int64 {
	if d == nil {
		return 0
	}

	return val(d.CreatedAt)
}

func (d *Deployment) GetCreatedBy() string {
	if d == nil {
		return ""
	}

	return val(d.CreatedBy)
}

func (d *Deployment) GetBuilds() []*Build {
	if d == nil {
		return nil
	}

	return d.Builds
}

func (d *Deployment) SetID(v int64)           { d.ID = &v }
func (d *Deployment) SetRepo(v *Repo)         { d.Repo = v }
func (d *Deployment) SetNumber(v int64)       { d.Number = &v }
func (d *Deployment) SetCommit(v string)      { d.Commit = &v }
func (d *Deployment) SetRef(v string)         { d.Ref = &v }
func (d *Deployment) SetTask(v string)        { d.Task = &v }
func (d *Deployment) SetTarget(v string)      { d.Target = &v }
func (d *Deployment) SetDescription(v string) { d.Description = &v }
func (d *Deployment) SetCreatedAt(v int64)    { d.CreatedAt = &v }
func (d *Deployment) SetCreatedBy(v string)   { d.CreatedBy = &v }
func (d *Deployment) SetBuilds(v []*Build)    { d.Builds = v }
