// Package model reproduces pocket-id/pocket-id d258d952b157 backend/internal/model.
//
// Unique keys are declared only in the SQL migrations (copied under
// backend/resources/migrations/postgres); the structs carry primaryKey tags.
package model

import (
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	datatype "example.com/realworld/pocketid/backend/internal/model/types"
)

// Base is backend/internal/model/base.go:11.
type Base struct {
	ID        string            `gorm:"primaryKey;not null"`
	CreatedAt datatype.DateTime `sortable:"true"`
}

// BeforeCreate is backend/internal/model/base.go:17.
func (b *Base) BeforeCreate(_ *gorm.DB) (err error) {
	if b.ID == "" {
		b.ID = uuid.New().String()
	}
	b.CreatedAt = datatype.DateTime(time.Now())
	return
}

// User is backend/internal/model/user.go:14 (Credentials trimmed).
type User struct {
	Base

	Username      string  `sortable:"true"`
	Email         *string `sortable:"true"`
	EmailVerified bool    `sortable:"true" filterable:"true"`
	FirstName     string  `sortable:"true"`
	LastName      string  `sortable:"true"`
	DisplayName   string  `sortable:"true"`
	IsAdmin       bool    `sortable:"true" filterable:"true"`
	Locale        *string
	LdapID        *string
	Disabled      bool `sortable:"true" filterable:"true"`
	UpdatedAt     *datatype.DateTime

	CustomClaims []CustomClaim
	UserGroups   []UserGroup `gorm:"many2many:user_groups_users;"`
}

// UserGroup is backend/internal/model/user_group.go:9.
type UserGroup struct {
	Base
	FriendlyName       string `sortable:"true"`
	Name               string `sortable:"true"`
	LdapID             *string
	UpdatedAt          *datatype.DateTime
	Users              []User `gorm:"many2many:user_groups_users;"`
	CustomClaims       []CustomClaim
	AllowedOidcClients []OidcClient `gorm:"many2many:oidc_clients_allowed_user_groups;"`
}

// CustomClaim is backend/internal/model/custom_claim.go:3.
type CustomClaim struct {
	Base

	Key   string
	Value string

	UserID      *string
	UserGroupID *string
}

// KV is backend/internal/model/kv.go:3.
type KV struct {
	Key   string `gorm:"primaryKey;not null"`
	Value *string
}

// TableName is backend/internal/model/kv.go:9.
func (KV) TableName() string {
	return "kv"
}

// Storage is backend/internal/model/storage.go:7.
type Storage struct {
	Path      string `gorm:"primaryKey"`
	Data      []byte
	Size      int64
	ModTime   datatype.DateTime
	CreatedAt datatype.DateTime
}

// TableName is backend/internal/model/storage.go:15.
func (Storage) TableName() string {
	return "storage"
}

// UserAuthorizedOidcClient is backend/internal/model/oidc.go:13.
type UserAuthorizedOidcClient struct {
	Scope      datatype.StringList
	LastUsedAt datatype.DateTime `sortable:"true"`

	UserID string `gorm:"primary_key;"`
	User   User

	ClientID string `gorm:"primary_key;"`
	Client   OidcClient
}

// OidcClientType is backend/internal/model/oidc.go:25.
type OidcClientType string

// OidcClientTypeCIMD is the metadata-document client type of backend/internal/model/oidc.go.
const OidcClientTypeCIMD OidcClientType = "cimd"

// OidcClient is backend/internal/model/oidc.go:46 (credential and URL fields trimmed).
type OidcClient struct {
	Base

	Name                     string `sortable:"true"`
	Description              string
	CallbackURLs             datatype.StringList
	LogoutCallbackURLs       datatype.StringList
	IsPublic                 bool
	PkceEnabled              bool           `sortable:"true" filterable:"true"`
	RequiresReauthentication bool           `sortable:"true" filterable:"true"`
	SkipConsent              bool           `sortable:"true" filterable:"true"`
	IsGroupRestricted        bool           `sortable:"true" filterable:"true"`
	ClientType               OidcClientType `gorm:"default:standard" sortable:"true" filterable:"true"`
	MetadataExpiresAt        *datatype.DateTime
	MetadataGrantTypes       datatype.StringList

	AllowedUserGroups         []UserGroup `gorm:"many2many:oidc_clients_allowed_user_groups;"`
	CreatedByID               *string
	CreatedBy                 *User
	UserAuthorizedOidcClients []UserAuthorizedOidcClient `gorm:"foreignKey:ClientID;references:ID"`
}

// IsMetadataDocument is backend/internal/model/oidc.go:91.
func (c OidcClient) IsMetadataDocument() bool {
	return c.ClientType == OidcClientTypeCIMD
}

// Initials is backend/internal/model/user.go (simplified).
func (u User) Initials() string {
	initials := ""
	if len(u.FirstName) > 0 {
		initials += u.FirstName[:1]
	}
	if len(u.LastName) > 0 {
		initials += u.LastName[:1]
	}
	return initials
}
