package types

// Pipeline reproduces api/types/pipeline.go (trimmed).
type Pipeline struct {
	ID       *int64    `json:"id,omitempty"`
	Repo     *Repo     `json:"repo,omitempty"`
	Commit   *string   `json:"commit,omitempty"`
	Ref      *string   `json:"ref,omitempty"`
	Type     *string   `json:"type,omitempty"`
	Warnings *[]string `json:"warnings,omitempty"`
	Data     *[]byte   `json:"data,omitempty"`
}

func (p *Pipeline) GetID() int64 {
	if p == nil {
		return 0
	}

	return val(p.ID)
}

func (p *Pipeline) GetRepo() *Repo {
	if p == nil || p.Repo == nil {
		return new(Repo)
	}

	return p.Repo
}

func (p *Pipeline) GetCommit() string {
	if p == nil {
		return ""
	}

	return val(p.Commit)
}

func (p *Pipeline) GetRef() string {
	if p == nil {
		return ""
	}

	return val(p.Ref)
}

func (p *Pipeline) GetType() string {
	if p == nil {
		return ""
	}

	return val(p.Type)
}

func (p *Pipeline) GetWarnings() []string {
	if p == nil {
		return nil
	}

	return val(p.Warnings)
}

func (p *Pipeline) GetData() []byte {
	if p == nil {
		return nil
	}

	return val(p.Data)
}

func (p *Pipeline) SetID(v int64)          { p.ID = &v }
func (p *Pipeline) SetRepo(v *Repo)        { p.Repo = v }
func (p *Pipeline) SetCommit(v string)     { p.Commit = &v }
func (p *Pipeline) SetRef(v string)        { p.Ref = &v }
func (p *Pipeline) SetType(v string)       { p.Type = &v }
func (p *Pipeline) SetWarnings(v []string) { p.Warnings = &v }
func (p *Pipeline) SetData(v []byte)       { p.Data = &v }
