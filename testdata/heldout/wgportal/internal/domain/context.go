// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"context"
)

const CtxUserInfo = "userInfo"

const (
	CtxSystemAdminId    = "_WG_SYS_ADMIN_"
	CtxUnknownUserId    = "_WG_SYS_UNKNOWN_"
	CtxSystemLdapSyncer = "_WG_SYS_LDAP_SYNCER_"
	CtxSystemWgImporter = "_WG_SYS_WG_IMPORTER_"
	CtxSystemV1Migrator = "_WG_SYS_V1_MIGRATOR_"
	CtxSystemDBMigrator = "_WG_SYS_DB_MIGRATOR_"
)

// ContextUserInfo reproduces internal/domain/context.go:20.
type ContextUserInfo struct {
	Id      UserIdentifier
	IsAdmin bool
}

// UserId reproduces internal/domain/context.go:29.
func (u *ContextUserInfo) UserId() string {
	return string(u.Id)
}

// DefaultContextUserInfo reproduces internal/domain/context.go:34.
func DefaultContextUserInfo() *ContextUserInfo {
	return &ContextUserInfo{
		Id:      CtxUnknownUserId,
		IsAdmin: false,
	}
}

// SystemAdminContextUserInfo reproduces internal/domain/context.go:42.
func SystemAdminContextUserInfo() *ContextUserInfo {
	return &ContextUserInfo{
		Id:      CtxSystemAdminId,
		IsAdmin: true,
	}
}

// SetUserInfo reproduces internal/domain/context.go:58.
func SetUserInfo(ctx context.Context, info *ContextUserInfo) context.Context {
	ctx = context.WithValue(ctx, CtxUserInfo, info)
	return ctx
}

// GetUserInfo reproduces internal/domain/context.go:64.
func GetUserInfo(ctx context.Context) *ContextUserInfo {
	rawInfo := ctx.Value(CtxUserInfo)
	if rawInfo == nil {
		return DefaultContextUserInfo()
	}

	if info, ok := rawInfo.(*ContextUserInfo); ok {
		return info
	}

	return DefaultContextUserInfo()
}

// ValidateUserAccessRights reproduces internal/domain/context.go:79 (logging trimmed).
func ValidateUserAccessRights(ctx context.Context, requiredUser UserIdentifier) error {
	sessionUser := GetUserInfo(ctx)

	if sessionUser.IsAdmin {
		return nil // Admins can do everything
	}

	if sessionUser.Id == requiredUser {
		return nil // User can access own data
	}

	return ErrNoPermission
}

// ValidateAdminAccessRights reproduces internal/domain/context.go:98 (logging trimmed).
func ValidateAdminAccessRights(ctx context.Context) error {
	sessionUser := GetUserInfo(ctx)

	if sessionUser.IsAdmin {
		return nil
	}

	return ErrNoPermission
}
