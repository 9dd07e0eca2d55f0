package types

// Repo reproduces api/types/repo.go (trimmed).
type Repo struct {
	ID           *int64  `json:"id,omitempty"`
	Owner        *User   `json:"owner,omitempty"`
	Hash         *string `json:"-"`
	Org          *string `json:"org,omitempty"`
	Name         *string `json:"name,omitempty"`
	FullName     *string `json:"full_name,omitempty"`
	Clone        *string `json:"clone,omitempty"`
	Branch       *string `json:"branch,omitempty"`
	Counter      *int64  `json:"counter,omitempty"`
	HookCounter  *int64  `json:"hook_counter,omitempty"`
	Active       *bool   `json:"active,omitempty"`
	PipelineType *string `json:"pipeline_type,omitempty"`
	InstallID    *int64  `json:"install_id,omitempty"`
}

// GetID returns the ID field.
func (r *Repo) GetID() int64 {
	if r == nil || r.ID == nil {
		return 0
	}

	return *r.ID
}

// GetOwner returns the Owner field.
func (r *Repo) GetOwner() *User {
	if r == nil || r.Owner == nil {
		return new(User)
	}

	return r.Owner
}

// GetHash returns the Hash field.
func (r *Repo) GetHash() string {
	if r == nil || r.Hash == nil {
		return ""
	}

	return *r.Hash
}

// GetOrg returns the Org field.
func (r *Repo) GetOrg() string {
	if r == nil || r.Org == nil {
		return ""
	}

	return *r.Org
}

// GetName returns the Name field.
func (r *Repo) GetName() string {
	if r == nil || r.Name == nil {
		return ""
	}

	return *r.Name
}

// GetFullName returns the FullName field.
func (r *Repo) GetFullName() string {
	if r == nil || r.FullName == nil {
		return ""
	}

	return *r.FullName
}

// GetClone returns the Clone field.
func (r *Repo) GetClone() string {
	if r == nil || r.Clone == nil {
		return ""
	}

	return *r.Clone
}

// GetBranch returns the Branch field.
func (r *Repo) GetBranch() string {
	if r == nil || r.Branch == nil {
		return ""
	}

	return *r.Branch
}

// GetCounter returns the Counter field.
func (r *Repo) GetCounter() int64 {
	if r == nil || r.Counter == nil {
		return 0
	}

	return *r.Counter
}

// GetHookCounter returns the HookCounter field.
func (r *Repo) GetHookCounter() int64 {
	if r == nil || r.HookCounter == nil {
		return 0
	}

	return *r.HookCounter
}

// GetActive returns the Active field.
func (r *Repo) GetActive() bool {
	if r == nil || r.Active == nil {
		return false
	}

	return *r.Active
}

// GetPipelineType returns the PipelineType field.
func (r *Repo) GetPipelineType() string {
	if r == nil || r.PipelineType == nil {
		return ""
	}

	return *r.PipelineType
}

// GetInstallID returns the InstallID field.
func (r *Repo) GetInstallID() int64 {
	if r == nil || r.InstallID == nil {
		return 0
	}

	return *r.InstallID
}

// SetID sets the ID field.
func (r *Repo) SetID(v int64) { r.ID = &v }

// SetOwner sets the Owner field.
func (r *Repo) SetOwner(v *User) { r.Owner = v }

// SetHash sets the Hash field.
func (r *Repo) SetHash(v string) { r.Hash = &v }

// SetOrg sets the Org field.
func (r *Repo) SetOrg(v string) { r.Org = &v }

// SetName sets the Name field.
func (r *Repo) SetName(v string) { r.Name = &v }

// SetFullName sets the FullName field.
func (r *Repo) SetFullName(v string) { r.FullName = &v }

// SetBranch sets the Branch field.
func (r *Repo) SetBranch(v string) { r.Branch = &v }

// SetCounter sets the Counter field.
func (r *Repo) SetCounter(v int64) { r.Counter = &v }

// SetHookCounter sets the HookCounter field.
func (r *Repo) SetHookCounter(v int64) { r.HookCounter = &v }

// SetActive sets the Active field.
func (r *Repo) SetActive(v bool) { r.Active = &v }

// SetPipelineType sets the PipelineType field.
func (r *Repo) SetPipelineType(v string) { r.PipelineType = &v }

// SetInstallID sets the InstallID field.
func (r *Repo) SetInstallID(v int64) { r.InstallID = &v }
