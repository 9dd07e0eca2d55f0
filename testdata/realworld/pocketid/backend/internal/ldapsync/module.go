// Package ldapsync reproduces pocket-id/pocket-id d258d952b157 backend/internal/ldapsync.
package ldapsync

import (
	"context"
	"io"

	"gorm.io/gorm"

	"example.com/realworld/pocketid/backend/internal/appconfig"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
	"example.com/realworld/pocketid/backend/internal/storage"
)

// UserSyncer is backend/internal/ldapsync/module.go:21.
// UserSyncer applies the desired LDAP state to the users in the database
// Every method takes the transaction the sync runs in, since users, groups, and memberships are reconciled atomically
type UserSyncer interface {
	CreateUserInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, input dto.UserCreateDto, isLdapSync bool, tx *gorm.DB) (model.User, error)
	UpdateUserInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, userID string, input dto.UserCreateDto, updateOwnUser bool, isLdapSync bool, tx *gorm.DB) (model.User, error)
	DisableUserInternal(ctx context.Context, tx *gorm.DB, userID string) error
	DeleteUserInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, tx *gorm.DB, userID string, allowLdapDelete bool) error

	// UpdateProfilePicture stores a user's profile picture, which happens after the transaction has been committed since it touches the storage layer
	UpdateProfilePicture(ctx context.Context, userID string, file io.ReadSeeker) error
}

// GroupSyncer is backend/internal/ldapsync/module.go:33.
// GroupSyncer applies the desired LDAP state to the user groups in the database
type GroupSyncer interface {
	CreateInternal(ctx context.Context, input dto.UserGroupCreateDto, tx *gorm.DB) (model.UserGroup, error)
	UpdateInternal(ctx context.Context, dbConfig *appconfig.AppConfigModel, id string, input dto.UserGroupCreateDto, isLdapSync bool, tx *gorm.DB) (model.UserGroup, error)
	UpdateUsersInternal(ctx context.Context, id string, userIDs []string, tx *gorm.DB) (model.UserGroup, error)
}

// Dependencies is backend/internal/ldapsync/module.go:45 (actor host, HTTP client, config resolver and SCIM trimmed).
type Dependencies struct {
	DB          *gorm.DB
	FileStorage storage.FileStorage

	Users  UserSyncer
	Groups GroupSyncer
}

// Module is backend/internal/ldapsync/module.go:61.
type Module struct {
	service *Service
}

// New is backend/internal/ldapsync/module.go:66 (the recurring singleton
// actor that also calls Service.SyncAll, and the POST
// /application-configuration/sync-ldap handler that calls it inline, are
// trimmed; neither takes a lock).
func New(deps Dependencies) (*Module, error) {
	service := newService(deps)
	return &Module{service: service}, nil
}

// SyncAll is backend/internal/ldapsync/module.go:88.
// SyncAll runs a full LDAP synchronization with the provided application configuration
func (m *Module) SyncAll(ctx context.Context, dbConfig *appconfig.AppConfigModel) error {
	return m.service.SyncAll(ctx, dbConfig)
}
