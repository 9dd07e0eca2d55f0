// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"errors"

	"example.com/realworld/photoprism/internal/event"
	"example.com/realworld/photoprism/pkg/authn"
	"example.com/realworld/photoprism/pkg/clean"
	"example.com/realworld/photoprism/pkg/rnd"
)

// FindUser returns the matching user or nil if it was not found.
//
// Upstream: internal/entity/auth_user.go:136.
func FindUser(find User) *User {
	m := &User{}

	// Build query.
	stmt := UnscopedDb()
	if find.ID != 0 && find.UserName != "" {
		stmt = stmt.Where("id = ? OR user_name = ?", find.ID, find.UserName)
	} else if find.ID != 0 {
		stmt = stmt.Where("id = ?", find.ID)
	} else if find.HasUID() {
		stmt = stmt.Where("user_uid = ?", find.UserUID)
	} else if authn.ProviderOIDC.Equal(find.AuthProvider) && find.AuthID != "" {
		if find.AuthIssuer == "" {
			stmt = stmt.Where("auth_provider = ? AND auth_id = ?", find.AuthProvider, find.AuthID)
		} else {
			stmt = stmt.Where("auth_provider = ? AND (auth_issuer = '' OR auth_issuer = ?) AND auth_id = ?", find.AuthProvider, find.AuthIssuer, find.AuthID)
		}
	} else if find.AuthProvider != "" && find.AuthID != "" && find.UserName != "" {
		stmt = stmt.Where("auth_provider = ? AND auth_id = ? OR user_name = ?", find.AuthProvider, find.AuthID, find.UserName)
	} else if find.UserName != "" {
		stmt = stmt.Where("user_name = ?", find.UserName)
	} else if find.UserEmail != "" {
		stmt = stmt.Where("user_email = ?", find.UserEmail)
	} else if find.AuthProvider != "" && find.AuthID != "" {
		stmt = stmt.Where("auth_provider = ? AND auth_id = ?", find.AuthProvider, find.AuthID)
	} else {
		return nil
	}

	// Find matching record.
	if err := stmt.First(m).Error; err != nil {
		return nil
	}

	// Fetch related records.
	return m.LoadRelated()
}

// FirstOrCreateUser returns an existing record, inserts a new record, or returns nil in case of an error.
//
// Upstream: internal/entity/auth_user.go:175.
func FirstOrCreateUser(m *User) *User {
	if m == nil {
		return nil
	}

	if found := FindUser(*m); found != nil { // race
		return found
	} else if err := m.Create(); err != nil {
		event.AuditErr([]string{"user", "failed to create", "%s"}, err)
		return nil
	} else {
		return m
	}
}

// FindUserByName returns the matching user or nil if it was not found.
//
// Upstream: internal/entity/auth_user.go:191.
func FindUserByName(userName string) *User {
	userName = clean.Username(userName)

	if userName == "" {
		return nil
	}

	return FindUser(User{UserName: userName})
}

// GetUID returns the unique id as string.
//
// Upstream: internal/entity/auth_user.go:233.
func (m *User) GetUID() string {
	if m == nil {
		return ""
	}

	return m.UserUID
}

// HasUID tests if the user has a valid uid.
//
// Upstream: internal/entity/auth_user.go:242.
func (m *User) HasUID() bool {
	return rnd.IsUID(m.UserUID, UserUID)
}

// InvalidUID tests if the user does not have a valid uid.
//
// Upstream: internal/entity/auth_user.go:247.
func (m *User) InvalidUID() bool {
	return !m.HasUID()
}

// Create new entity in the database.
//
// Upstream: internal/entity/auth_user.go:299.
func (m *User) Create() (err error) {
	err = Db().Create(m).Error

	if err == nil {
		m.SaveRelated()
	}

	return err
}

// Save updates the record in the database or inserts a new record if it does not already exist.
//
// Upstream: internal/entity/auth_user.go:310.
func (m *User) Save() (err error) {
	// m.GenerateTokens(false) trimmed

	err = UnscopedDb().Save(m).Error

	if err == nil {
		m.SaveRelated()
	}

	return err
}

// LoadRelated loads related settings and details.
//
// Upstream: internal/entity/auth_user.go:351.
func (m *User) LoadRelated() *User {
	m.Settings() // Details(), RefreshShares() trimmed

	return m
}

// SaveRelated saves related settings and details.
//
// Upstream: internal/entity/auth_user.go:360.
func (m *User) SaveRelated() *User {
	if err := m.Settings().Save(); err != nil {
		event.AuditErr([]string{"user %s", "failed to save settings", "%s"}, m.RefID, err)
	}

	return m
}

// Updates multiple properties in the database.
//
// Upstream: internal/entity/auth_user.go:372.
func (m *User) Updates(values interface{}) error {
	return UnscopedDb().Model(m).Updates(values).Error
}

// SetAuthID sets a custom authentication identifier.
//
// Upstream: internal/entity/auth_user.go:619.
func (m *User) SetAuthID(id, issuer string) *User {
	// Update auth id if not empty.
	if authId := clean.Name(id); authId == "" {
		return m
	} else {
		m.AuthID = authId
		m.AuthIssuer = issuer
	}

	// Make sure other users do not use the same identifier.
	if m.HasUID() && m.AuthProvider != "" {
		if err := UnscopedDb().Model(&User{}).
			Where("user_uid <> ? AND auth_provider = ? AND auth_id = ? AND super_admin = 0", m.UserUID, m.AuthProvider, m.AuthID).
			Updates(map[string]interface{}{"auth_id": "", "auth_provider": authn.ProviderNone}).Error; err != nil {
			event.AuditErr([]string{"user %s", "failed to resolve auth id conflicts", "%s"}, m.RefID, err)
		}
	}

	return m
}

// UpdateAuthID updated the custom authentication identifier.
//
// Upstream: internal/entity/auth_user.go:641.
func (m *User) UpdateAuthID(id, issuer string) error {
	if m.InvalidUID() {
		return errors.New("invalid user uid")
	}

	// Update auth id and issuer record.
	return m.SetAuthID(id, issuer).Updates(Map{
		"AuthID":     m.AuthID,
		"AuthIssuer": m.AuthIssuer,
	})
}

// Username returns the user's login name as sanitized string.
//
// Upstream: internal/entity/auth_user.go:677.
func (m *User) Username() string {
	return clean.Username(m.UserName)
}

// Settings returns the user settings and initializes them if necessary.
//
// Upstream: internal/entity/auth_user.go:789.
func (m *User) Settings() *UserSettings {
	if m.UserSettings != nil {
		m.UserSettings.UserUID = m.UserUID
		return m.UserSettings
	} else if m.GetUID() == "" {
		m.UserSettings = &UserSettings{}
		return m.UserSettings
	} else if err := CreateUserSettings(m); err != nil {
		m.UserSettings = NewUserSettings(m.UserUID)
	}

	return m.UserSettings
}

// User is internal/entity/auth_user.go:47: represents a person that may
// optionally log in as user (profile, role and token fields trimmed).
type User struct {
	ID           int           `gorm:"primary_key" json:"ID" yaml:"-"`
	UUID         string        `gorm:"type:VARBINARY(64);column:user_uuid;index;" json:"UUID,omitempty" yaml:"UUID,omitempty"`
	UserUID      string        `gorm:"type:VARBINARY(42);column:user_uid;unique_index;" json:"UID" yaml:"UID"`
	AuthProvider string        `gorm:"type:VARBINARY(128);default:'';" json:"AuthProvider" yaml:"AuthProvider,omitempty"`
	AuthMethod   string        `gorm:"type:VARBINARY(128);default:'';" json:"AuthMethod" yaml:"AuthMethod,omitempty"`
	AuthIssuer   string        `gorm:"type:VARBINARY(255);default:'';" json:"AuthIssuer,omitempty" yaml:"AuthIssuer,omitempty"`
	AuthID       string        `gorm:"type:VARBINARY(255);index;default:'';" json:"AuthID" yaml:"AuthID,omitempty"`
	UserName     string        `gorm:"size:200;index;" json:"Name" yaml:"Name,omitempty"`
	DisplayName  string        `gorm:"size:200;" json:"DisplayName" yaml:"DisplayName,omitempty"`
	UserEmail    string        `gorm:"size:255;index;" json:"Email" yaml:"Email,omitempty"`
	SuperAdmin   bool          `json:"SuperAdmin" yaml:"SuperAdmin,omitempty"`
	CanLogin     bool          `json:"CanLogin" yaml:"CanLogin,omitempty"`
	UserSettings *UserSettings `gorm:"PRELOAD:true;foreignkey:UserUID;association_foreignkey:UserUID;" json:"Settings,omitempty" yaml:"Settings,omitempty"`
	RefID        string        `gorm:"type:VARBINARY(16);" json:"-" yaml:"-"`
}

// UserUID is internal/entity/auth_user.go (UID prefix).
const UserUID = byte('u')
