package types

// Secret reproduces api/types/secret.go (trimmed).
type Secret struct {
	ID            *int64    `json:"id,omitempty"`
	Org           *string   `json:"org,omitempty"`
	Repo          *string   `json:"repo,omitempty"`
	Team          *string   `json:"team,omitempty"`
	Name          *string   `json:"name,omitempty"`
	Value         *string   `json:"value,omitempty"`
	Type          *string   `json:"type,omitempty"`
	Images        *[]string `json:"images,omitempty"`
	RepoAllowlist *[]string `json:"repo_allowlist,omitempty"`
	UpdatedAt     *int64    `json:"updated_at,omitempty"`
	UpdatedBy     *string   `json:"updated_by,omitempty"`
}

func (s *Secret) GetID() int64 {
	if s == nil {
		return 0
	}

	return val(s.ID)
}

func (s *Secret) GetOrg() string {
	if s == nil {
		return ""
	}

	return val(s.Org)
}

func (s *Secret) GetRepo() string {
	if s == nil {
		return ""
	}

	return val(s.Repo)
}

func (s *Secret) GetTeam() string {
	if s == nil {
		return ""
	}

	return val(s.Team)
}

func (s *Secret) GetName() string {
	if s == nil {
		return ""
	}

	return val(s.Name)
}

func (s *Secret) GetValue() string {
	if s == nil {
		return ""
	}

	return val(s.Value)
}

func (s *Secret) GetType() string {
	if s == nil {
		return ""
	}

	return val(s.Type)
}

func (s *Secret) GetImages() []string {
	if s == nil {
		return nil
	}

	return val(s.Images)
}

func (s *Secret) GetRepoAllowlist() []string {
	if s == nil {
		return nil
	}

	return val(s.RepoAllowlist)
}

func (s *Secret) GetUpdatedAt() int64 {
	if s == nil {
		return 0
	}

	return val(s.UpdatedAt)
}

func (s *Secret) GetUpdatedBy() string {
	if s == nil {
		return ""
	}

	return val(s.UpdatedBy)
}

func (s *Secret) SetID(v int64)               { s.ID = &v }
func (s *Secret) SetValue(v string)           { s.Value = &v }
func (s *Secret) SetImages(v []string)        { s.Images = &v }
func (s *Secret) SetRepoAllowlist(v []string) { s.RepoAllowlist = &v }
func (s *Secret) SetUpdatedAt(v int64)        { s.UpdatedAt = &v }
func (s *Secret) SetUpdatedBy(v string)       { s.UpdatedBy = &v }
