package types

// Dashboard reproduces api/types/dashboard.go (trimmed).
type Dashboard struct {
	ID        *string           `json:"id,omitempty"`
	Name      *string           `json:"name,omitempty"`
	CreatedAt *int64            `json:"created_at,omitempty"`
	CreatedBy *string           `json:"created_by,omitempty"`
	UpdatedAt *int64            `json:"updated_at,omitempty"`
	UpdatedBy *string           `json:"updated_by,omitempty"`
	Admins    *[]*User          `json:"admins,omitempty"`
	Repos     *[]*DashboardRepo `json:"repos,omitempty"`
}

// DashboardRepo reproduces api/types/dashboard.go DashboardRepo (trimmed).
type DashboardRepo struct {
	ID   *int64  `json:"id,omitempty"`
	Name *string `json:"name,omitempty"`
}

func (d *Dashboard) GetID() string {
	if d == nil {
		return ""
	}

	return val(d.ID)
}

func (d *Dashboard) GetName() string {
	if d == nil {
		return ""
	}

	return val(d.Name)
}

func (d *Dashboard) GetCreatedAt() int64 {
	if d == nil {
		return 0
	}

	return val(d.CreatedAt)
}

func (d *Dashboard) GetCreatedBy() string {
	if d == nil {
		return ""
	}

	return val(d.CreatedBy)
}

func (d *Dashboard) GetUpdatedAt() int64 {
	if d == nil {
		return 0
	}

	return val(d.UpdatedAt)
}

func (d *Dashboard) GetUpdatedBy() string {
	if d == nil {
		return ""
	}

	return val(d.UpdatedBy)
}

func (d *Dashboard) GetAdmins() []*User {
	if d == nil {
		return nil
	}

	return val(d.Admins)
}

func (d *Dashboard) GetRepos() []*DashboardRepo {
	if d == nil {
		return nil
	}

	return val(d.Repos)
}

func (d *Dashboard) SetID(v string)              { d.ID = &v }
func (d *Dashboard) SetName(v string)            { d.Name = &v }
func (d *Dashboard) SetCreatedAt(v int64)        { d.CreatedAt = &v }
func (d *Dashboard) SetCreatedBy(v string)       { d.CreatedBy = &v }
func (d *Dashboard) SetUpdatedAt(v int64)        { d.UpdatedAt = &v }
func (d *Dashboard) SetUpdatedBy(v string)       { d.UpdatedBy = &v }
func (d *Dashboard) SetAdmins(v []*User)         { d.Admins = &v }
func (d *Dashboard) SetRepos(v []*DashboardRepo) { d.Repos = &v }

func (r *DashboardRepo) GetID() int64 {
	if r == nil {
		return 0
	}

	return val(r.ID)
}

func (r *DashboardRepo) GetName() string {
	if r == nil {
		return ""
	}

	return val(r.Name)
}

func (r *DashboardRepo) SetID(v int64) { r.ID = &v }
