package dataprovider

import (
	"encoding/json"
	"errors"
	"net/netip"
	"time"

	"example.com/heldout/sftpgo/internal/vfs"
	"example.com/heldout/sftpgo/pkg/sdk"
)

// User reproduces internal/dataprovider/user.go:141 (trimmed).
// Table users, pgsql.go:90 "username" varchar(255) NOT NULL UNIQUE.
type User struct {
	sdk.BaseUser
	// Additional restrictions
	Filters UserFilters `json:"filters"`
	// Mapping between virtual paths and virtual folders
	VirtualFolders []vfs.VirtualFolder `json:"virtual_folders,omitempty"`
	// Filesystem configuration details
	FsConfig vfs.Filesystem `json:"filesystem"`
	// groups associated with this user
	Groups []sdk.GroupMapping `json:"groups,omitempty"`
	// true if group settings are already applied for this user
	groupSettingsApplied bool `json:"-"`
	// in multi node setups we mark the user as deleted to be able to update the webdav cache
	DeletedAt int64 `json:"-"`
	// OIDC custom fields, not stored
	OIDCCustomFields *map[string]any `json:"oidc_custom_fields,omitempty"`
}

// UserFilters defines additional restrictions for a user (trimmed)
type UserFilters struct {
	TOTPConfig            json.RawMessage `json:"totp_config,omitempty"`
	RecoveryCodes         json.RawMessage `json:"recovery_codes,omitempty"`
	RequirePasswordChange bool            `json:"require_password_change,omitempty"`
	Hooks                 HooksFilter     `json:"hooks,omitempty"`
}

// HooksFilter defines user specific overrides for global hooks
type HooksFilter struct {
	ExternalAuthDisabled bool `json:"external_auth_disabled"`
	PreLoginDisabled     bool `json:"pre_login_disabled"`
}

func (u *User) getACopy() User {
	return *u
}

func (g *Group) getACopy() Group {
	return *g
}

func (r *Role) getACopy() Role {
	return *r
}

func (u *User) skipExternalAuth() bool {
	return u.Filters.Hooks.ExternalAuthDisabled
}

// LoadAndApplyGroupSettings update the user by loading and applying the group settings
func (u *User) LoadAndApplyGroupSettings() error {
	return nil
}

func (u *User) hasRole(role string) bool {
	if role == "" {
		return true
	}
	return role == u.Role
}

// GetPermissionsAsJSON returns the permissions as json byte array
func (u *User) GetPermissionsAsJSON() ([]byte, error) {
	return json.Marshal(u.Permissions)
}

// GetPublicKeysAsJSON returns the public keys as json byte array
func (u *User) GetPublicKeysAsJSON() ([]byte, error) {
	return json.Marshal(u.PublicKeys)
}

// GetFiltersAsJSON returns the filters as json byte array
func (u *User) GetFiltersAsJSON() ([]byte, error) {
	return json.Marshal(u.Filters)
}

// GetFsConfigAsJSON returns the filesystem config as json byte array
func (u *User) GetFsConfigAsJSON() ([]byte, error) {
	return json.Marshal(u.FsConfig)
}

// ValidateUser returns an error if the user is not valid
func ValidateUser(user *User) error {
	if user.Username == "" {
		return errors.New("username is mandatory")
	}
	return nil
}

// ValidateFolder returns an error if the folder is not valid
func ValidateFolder(folder *vfs.BaseVirtualFolder) error {
	if folder.Name == "" {
		return errors.New("folder name is mandatory")
	}
	return nil
}

// Admin reproduces internal/dataprovider/admin.go:237 (trimmed).
// Table admins, pgsql.go:68 "username" varchar(255) NOT NULL UNIQUE.
type Admin struct {
	ID             int64        `json:"id"`
	Status         int          `json:"status"`
	Username       string       `json:"username"`
	Password       string       `json:"password,omitempty"`
	Email          string       `json:"email,omitempty"`
	Permissions    []string     `json:"permissions"`
	Filters        AdminFilters `json:"filters"`
	Description    string       `json:"description,omitempty"`
	AdditionalInfo string       `json:"additional_info,omitempty"`
	CreatedAt      int64        `json:"created_at"`
	UpdatedAt      int64        `json:"updated_at"`
	LastLogin      int64        `json:"last_login"`
	Role           string       `json:"role,omitempty"`
}

// AdminFilters defines additional restrictions for SFTPGo admins (trimmed)
type AdminFilters struct {
	TOTPConfig    AdminTOTPConfig `json:"totp_config,omitempty"`
	RecoveryCodes json.RawMessage `json:"recovery_codes,omitempty"`
}

// AdminTOTPConfig defines the time-based one time password configuration
type AdminTOTPConfig struct {
	Enabled bool `json:"enabled,omitempty"`
}

func (a *Admin) validate() error {
	if a.Username == "" {
		return errors.New("username is mandatory")
	}
	return nil
}

// HideConfidentialData hides admin confidential data
func (a *Admin) HideConfidentialData() {
	a.Password = ""
}

// Group reproduces internal/dataprovider/group.go (trimmed).
// Table groups, pgsql.go:86 "name" varchar(255) NOT NULL UNIQUE.
type Group struct {
	ID           int64             `json:"id"`
	Name         string            `json:"name"`
	Description  string            `json:"description,omitempty"`
	CreatedAt    int64             `json:"created_at"`
	UpdatedAt    int64             `json:"updated_at"`
	UserSettings GroupUserSettings `json:"user_settings,omitempty"`
	Users        []string          `json:"users,omitempty"`
}

// GroupUserSettings defines the settings to apply to users
type GroupUserSettings struct {
	HomeDir string `json:"home_dir,omitempty"`
}

func (g *Group) validate() error {
	if g.Name == "" {
		return errors.New("name is mandatory")
	}
	return nil
}

// Role reproduces internal/dataprovider/role.go (trimmed).
// Table roles, pgsql.go:166 "name" varchar(255) NOT NULL UNIQUE.
type Role struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	CreatedAt   int64  `json:"created_at"`
	UpdatedAt   int64  `json:"updated_at"`
	// list of admins/users associated with this role
	Admins []string `json:"admins,omitempty"`
	Users  []string `json:"users,omitempty"`
}

func (r *Role) validate() error {
	if r.Name == "" {
		return errors.New("name is mandatory")
	}
	return nil
}

// Share reproduces internal/dataprovider/share.go (trimmed).
// Table shares, pgsql.go:112 "share_id" varchar(60) NOT NULL UNIQUE.
type Share struct {
	ID          int64    `json:"-"`
	ShareID     string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Scope       int      `json:"scope"`
	Paths       []string `json:"paths"`
	Username    string   `json:"username"`
	CreatedAt   int64    `json:"created_at"`
	UpdatedAt   int64    `json:"updated_at"`
	LastUseAt   int64    `json:"last_use_at,omitempty"`
	ExpiresAt   int64    `json:"expires_at,omitempty"`
	Password    string   `json:"password,omitempty"`
	MaxTokens   int      `json:"max_tokens,omitempty"`
	UsedTokens  int      `json:"used_tokens,omitempty"`
	AllowFrom   []string `json:"allow_from,omitempty"`
	IsRestore   bool     `json:"-"`
}

func (s *Share) validate() error {
	if s.ShareID == "" {
		return errors.New("share_id is mandatory")
	}
	return nil
}

// APIKey reproduces internal/dataprovider/apikey.go (trimmed).
// Table api_keys, pgsql.go:120 "key_id" varchar(50) NOT NULL UNIQUE, "api_key" varchar(255) NOT NULL UNIQUE.
type APIKey struct {
	ID          int64  `json:"-"`
	KeyID       string `json:"id"`
	Name        string `json:"name"`
	Key         string `json:"key,omitempty"`
	Scope       int    `json:"scope"`
	CreatedAt   int64  `json:"created_at"`
	UpdatedAt   int64  `json:"updated_at"`
	LastUseAt   int64  `json:"last_use_at,omitempty"`
	ExpiresAt   int64  `json:"expires_at,omitempty"`
	Description string `json:"description,omitempty"`
	User        string `json:"user,omitempty"`
	Admin       string `json:"admin,omitempty"`
	userID      int64
	adminID     int64
}

func (k *APIKey) validate() error {
	if k.KeyID == "" {
		return errors.New("key_id is mandatory")
	}
	return nil
}

// IPListType is the enumerable for the supported IP list types
type IPListType int

// IPListEntry reproduces internal/dataprovider/iplist.go (trimmed).
// Table ip_lists, pgsql.go:176 CONSTRAINT unique_ipornet_type_mapping UNIQUE ("type", "ipornet").
type IPListEntry struct {
	IPOrNet     string     `json:"ipornet"`
	Description string     `json:"description,omitempty"`
	Type        IPListType `json:"type"`
	Mode        int        `json:"mode"`
	Protocols   int        `json:"protocols"`
	IPType      int        `json:"-"`
	First       []byte     `json:"first,omitempty"`
	Last        []byte     `json:"last,omitempty"`
	CreatedAt   int64      `json:"created_at"`
	UpdatedAt   int64      `json:"updated_at"`
	DeletedAt   int64      `json:"-"`
}

func (e *IPListEntry) validate() error {
	if e.IPOrNet == "" {
		return errors.New("ipornet is mandatory")
	}
	return nil
}

// BaseEventAction reproduces internal/dataprovider/eventrule.go (trimmed).
// Table events_actions, pgsql.go:146 "name" varchar(255) NOT NULL UNIQUE.
type BaseEventAction struct {
	ID          int64                  `json:"id"`
	Name        string                 `json:"name"`
	Description string                 `json:"description,omitempty"`
	Type        int                    `json:"type"`
	Options     BaseEventActionOptions `json:"options"`
}

// BaseEventActionOptions defines the supported configuration options for a base event actions
type BaseEventActionOptions struct {
	IDPConfig EventActionIDPAccountCheck `json:"idp_config,omitempty"`
}

// EventActionIDPAccountCheck defines the check to execute after a successful IDP login
type EventActionIDPAccountCheck struct {
	// 0 create/update, 1 create the account if it doesn't exist
	Mode          int    `json:"mode,omitempty"`
	TemplateUser  string `json:"template_user,omitempty"`
	TemplateAdmin string `json:"template_admin,omitempty"`
}

func (a *BaseEventAction) validate() error {
	if a.Name == "" {
		return errors.New("name is mandatory")
	}
	return nil
}

// EventRule reproduces internal/dataprovider/eventrule.go (trimmed).
// Table events_rules, pgsql.go:143 "name" varchar(255) NOT NULL UNIQUE.
type EventRule struct {
	ID          int64           `json:"id"`
	Name        string          `json:"name"`
	Status      int             `json:"status"`
	Description string          `json:"description,omitempty"`
	CreatedAt   int64           `json:"created_at"`
	UpdatedAt   int64           `json:"updated_at"`
	Trigger     int             `json:"trigger"`
	Conditions  EventConditions `json:"conditions"`
	DeletedAt   int64           `json:"-"`
}

// EventConditions defines the conditions for an event rule (trimmed)
type EventConditions struct {
	Options ConditionOptions `json:"options"`
}

// ConditionOptions defines options for event conditions (trimmed)
type ConditionOptions struct {
	// ConcurrentExecution allows to execute the same rule concurrently from multiple nodes
	ConcurrentExecution bool `json:"concurrent_execution,omitempty"`
}

func (r *EventRule) validate() error {
	if r.Name == "" {
		return errors.New("name is mandatory")
	}
	return nil
}

// GuardFromConcurrentExecution returns true if the rule cannot be executed concurrently
// from multiple instances (eventrule.go:1653)
func (r *EventRule) GuardFromConcurrentExecution() bool {
	if config.IsShared == 0 {
		return false
	}
	return !r.Conditions.Options.ConcurrentExecution
}

// Task stores the state for a scheduled task (internal/dataprovider/eventrule.go).
// Table tasks, pgsql.go:150 "name" varchar(255) NOT NULL UNIQUE.
type Task struct {
	Name     string `json:"name"`
	UpdateAt int64  `json:"updated_at"`
	Version  int64  `json:"version"`
}

// SessionType defines the supported session types
type SessionType int

// Supported session types (session.go:25)
const (
	SessionTypeOIDCAuth SessionType = iota + 1
	SessionTypeOIDCToken
	SessionTypeResetCode
	SessionTypeOAuth2Auth
	SessionTypeInvalidToken
	SessionTypeWebTask
)

// Session defines a shared session persisted in the data provider
// (internal/dataprovider/session.go). Table shared_sessions, pgsql.go:88-89
// PRIMARY KEY ("key", "type").
type Session struct {
	Key       string
	Data      any
	Type      SessionType
	Timestamp int64
}

func (s *Session) validate() error {
	if s.Key == "" {
		return errors.New("unable to save a session with an empty key")
	}
	if s.Type < SessionTypeOIDCAuth || s.Type > SessionTypeWebTask {
		return errors.New("invalid session type")
	}
	return nil
}

// Configs allow to set configuration keys disabled by default without
// modifying the config file or setting env vars (internal/dataprovider/configs.go).
// Table configs, pgsql.go:177-178: one row inserted at schema creation.
type Configs struct {
	UpdatedAt int64 `json:"updated_at,omitempty"`
}

func (c *Configs) validate() error {
	return nil
}

// DefenderEntry defines a defender entry
type DefenderEntry struct {
	ID      int64     `json:"-"`
	IP      string    `json:"ip"`
	Score   int       `json:"score"`
	BanTime time.Time `json:"ban_time,omitempty"`
}

type schemaVersion struct {
	Version int
}

const (
	ipTypeV4 = iota + 1
	ipTypeV6
)

// iplist.go:174
func (e *IPListEntry) getFirst() netip.Addr {
	if e.IPType == ipTypeV4 {
		var a4 [4]byte
		copy(a4[:], e.First)
		return netip.AddrFrom4(a4)
	}
	var a16 [16]byte
	copy(a16[:], e.First)
	return netip.AddrFrom16(a16)
}

// iplist.go:185
func (e *IPListEntry) getLast() netip.Addr {
	if e.IPType == ipTypeV4 {
		var a4 [4]byte
		copy(a4[:], e.Last)
		return netip.AddrFrom4(a4)
	}
	var a16 [16]byte
	copy(a16[:], e.Last)
	return netip.AddrFrom16(a16)
}

// SetEmptySecretsIfNil sets the secrets to empty if nil (trimmed: no KMS secrets here)
func (u *User) SetEmptySecretsIfNil() {}

// SetEmptySecretsIfNil sets the secrets to empty if nil (trimmed: no KMS secrets here)
func (a *Admin) SetEmptySecretsIfNil() {}

// AsString returns the string representation for the list type
func (t IPListType) AsString() string {
	switch t {
	case 1:
		return "Allow list"
	case 2:
		return "Defender"
	case 3:
		return "Rate limiters safe list"
	default:
		return ""
	}
}
