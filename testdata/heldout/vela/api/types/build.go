package types

// Build reproduces api/types/build.go (trimmed).
type Build struct {
	ID         *int64  `json:"id,omitempty"`
	Repo       *Repo   `json:"repo,omitempty"`
	PipelineID *int64  `json:"pipeline_id,omitempty"`
	Number     *int64  `json:"number,omitempty"`
	Event      *string `json:"event,omitempty"`
	Status     *string `json:"status,omitempty"`
	Error      *string `json:"error,omitempty"`
	Created    *int64  `json:"created,omitempty"`
	Commit     *string `json:"commit,omitempty"`
	Ref        *string `json:"ref,omitempty"`
	Sender     *string `json:"sender,omitempty"`
}

func (b *Build) GetID() int64 {
	if b == nil {
		return 0
	}

	return val(b.ID)
}

func (b *Build) GetRepo() *Repo {
	if b == nil || b.Repo == nil {
		return new(Repo)
	}

	return b.Repo
}

func (b *Build) GetPipelineID() int64 {
	if b == nil {
		return 0
	}

	return val(b.PipelineID)
}

func (b *Build) GetNumber() int64 {
	if b == nil {
		return 0
	}

	return val(b.Number)
}

func (b *Build) GetEvent() string {
	if b == nil {
		return ""
	}

	return val(b.Event)
}

func (b *Build) GetStatus() string {
	if b == nil {
		return ""
	}

	return val(b.Status)
}

func (b *Build) GetCreated() int64 {
	if b == nil {
		return 0
	}

	return val(b.Created)
}

func (b *Build) GetCommit() string {
	if b == nil {
		return ""
	}

	return val(b.Commit)
}

func (b *Build) GetRef() string {
	if b == nil {
		return ""
	}

	return val(b.Ref)
}

func (b *Build) GetSender() string {
	if b == nil {
		return ""
	}

	return val(b.Sender)
}

func (b *Build) SetID(v int64)         { b.ID = &v }
func (b *Build) SetRepo(v *Repo)       { b.Repo = v }
func (b *Build) SetPipelineID(v int64) { b.PipelineID = &v }
func (b *Build) SetNumber(v int64)     { b.Number = &v }
func (b *Build) SetEvent(v string)     { b.Event = &v }
func (b *Build) SetStatus(v string)    { b.Status = &v }
func (b *Build) SetError(v string)     { b.Error = &v }
func (b *Build) SetCreated(v int64)    { b.Created = &v }
func (b *Build) SetCommit(v string)    { b.Commit = &v }
func (b *Build) SetRef(v string)       { b.Ref = &v }
