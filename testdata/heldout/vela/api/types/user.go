// Package types reproduces the API types of go-vela/server (api/types),
// trimmed to the fields the reproduced get-or-create paths touch.
package types

// User reproduces api/types/user.go.
type User struct {
	ID           *int64    `json:"id,omitempty"`
	Name         *string   `json:"name,omitempty"`
	RefreshToken *string   `json:"-"`
	Token        *string   `json:"-"`
	Dashboards   *[]string `json:"dashboards,omitempty"`
	Active       *bool     `json:"active,omitempty"`
	Admin        *bool     `json:"admin,omitempty"`
}

// GetID returns the ID field.
func (u *User) GetID() int64 {
	if u == nil || u.ID == nil {
		return 0
	}

	return *u.ID
}

// GetName returns the Name field.
func (u *User) GetName() string {
	if u == nil || u.Name == nil {
		return ""
	}

	return *u.Name
}

// GetRefreshToken returns the RefreshToken field.
func (u *User) GetRefreshToken() string {
	if u == nil || u.RefreshToken == nil {
		return ""
	}

	return *u.RefreshToken
}

// GetToken returns the Token field.
func (u *User) GetToken() string {
	if u == nil || u.Token == nil {
		return ""
	}

	return *u.Token
}

// GetDashboards returns the Dashboards field.
func (u *User) GetDashboards() []string {
	if u == nil || u.Dashboards == nil {
		return []string{}
	}

	return *u.Dashboards
}

// GetActive returns the Active field.
func (u *User) GetActive() bool {
	if u == nil || u.Active == nil {
		return false
	}

	return *u.Active
}

// GetAdmin returns the Admin field.
func (u *User) GetAdmin() bool {
	if u == nil || u.Admin == nil {
		return false
	}

	return *u.Admin
}

// SetID sets the ID field.
func (u *User) SetID(v int64) { u.ID = &v }

// SetName sets the Name field.
func (u *User) SetName(v string) { u.Name = &v }

// SetRefreshToken sets the RefreshToken field.
func (u *User) SetRefreshToken(v string) { u.RefreshToken = &v }

// SetToken sets the Token field.
func (u *User) SetToken(v string) { u.Token = &v }

// SetDashboards sets the Dashboards field.
func (u *User) SetDashboards(v []string) { u.Dashboards = &v }

// SetActive sets the Active field.
func (u *User) SetActive(v bool) { u.Active = &v }

// SetAdmin sets the Admin field.
func (u *User) SetAdmin(v bool) { u.Admin = &v }

// Crop returns the user with only ID and Name.
func (u *User) Crop() *User {
	return &User{ID: u.ID, Name: u.Name}
}

// Token reproduces api/types/token.go.
type Token struct {
	Token *string `json:"token,omitempty"`
}
