package types

// Schedule reproduces api/types/schedule.go (trimmed).
type Schedule struct {
	ID          *int64  `json:"id,omitempty"`
	Repo        *Repo   `json:"repo,omitempty"`
	Active      *bool   `json:"active,omitempty"`
	Name        *string `json:"name,omitempty"`
	Entry       *string `json:"entry,omitempty"`
	CreatedAt   *int64  `json:"created_at,omitempty"`
	CreatedBy   *string `json:"created_by,omitempty"`
	UpdatedAt   *int64  `json:"updated_at,omitempty"`
	UpdatedBy   *string `json:"updated_by,omitempty"`
	ScheduledAt *int64  `json:"scheduled_at,omitempty"`
	Branch      *string `json:"branch,omitempty"`
}

func (s *Schedule) GetID() int64 {
	if s == nil {
		return 0
	}

	return val(s.ID)
}

func (s *Schedule) GetRepo() *Repo {
	if s == nil || s.Repo == nil {
		return new(Repo)
	}

	return s.Repo
}

func (s *Schedule) GetActive() bool {
	if s == nil {
		return false
	}

	return val(s.Active)
}

func (s *Schedule) GetName() string {
	if s == nil {
		return ""
	}

	return val(s.Name)
}

func (s *Schedule) GetEntry() string {
	if s == nil {
		return ""
	}

	return val(s.Entry)
}

func (s *Schedule) GetCreatedAt() int64 {
	if s == nil {
		return 0
	}

	return val(s.CreatedAt)
}

func (s *Schedule) GetCreatedBy() string {
	if s == nil {
		return ""
	}

	return val(s.CreatedBy)
}

func (s *Schedule) GetUpdatedAt() int64 {
	if s == nil {
		return 0
	}

	return val(s.UpdatedAt)
}

func (s *Schedule) GetUpdatedBy() string {
	if s == nil {
		return ""
	}

	return val(s.UpdatedBy)
}

func (s *Schedule) GetScheduledAt() int64 {
	if s == nil {
		return 0
	}

	return val(s.ScheduledAt)
}

func (s *Schedule) GetBranch() string {
	if s == nil {
		return ""
	}

	return val(s.Branch)
}

func (s *Schedule) SetID(v int64)          { s.ID = &v }
func (s *Schedule) SetRepo(v *Repo)        { s.Repo = v }
func (s *Schedule) SetActive(v bool)       { s.Active = &v }
func (s *Schedule) SetName(v string)       { s.Name = &v }
func (s *Schedule) SetEntry(v string)      { s.Entry = &v }
func (s *Schedule) SetCreatedAt(v int64)   { s.CreatedAt = &v }
func (s *Schedule) SetCreatedBy(v string)  { s.CreatedBy = &v }
func (s *Schedule) SetUpdatedAt(v int64)   { s.UpdatedAt = &v }
func (s *Schedule) SetUpdatedBy(v string)  { s.UpdatedBy = &v }
func (s *Schedule) SetScheduledAt(v int64) { s.ScheduledAt = &v }
func (s *Schedule) SetBranch(v string)     { s.Branch = &v }
