package models

import (
	"encoding/json"

	"example.com/heldout/gokapi/internal/helper"
)

// UserPermission contains zero or more permissions as uint16
type UserPermission uint16

// User contains information about the Gokapi user (upstream internal/models/User.go:13).
// Redis stores it as the hash users:<id> (redis tags); SQLite as the Users table.
type User struct {
	Id            int            `json:"id" redis:"id"`
	Name          string         `json:"name" redis:"Name"`
	Permissions   UserPermission `json:"permissions" redis:"Permissions"`
	UserLevel     UserRank       `json:"userLevel" redis:"UserLevel"`
	LastOnline    int64          `json:"lastOnline" redis:"LastOnline"`
	Password      string         `json:"-" redis:"Password"`
	ResetPassword bool           `json:"resetPassword" redis:"ResetPassword"`
}

// ToJson returns the user as a JSON object
func (u *User) ToJson() string {
	result, err := json.Marshal(u)
	helper.Check(err)
	return string(result)
}

// UserLevelSuperAdmin indicates that this is the single user with the most permissions
const UserLevelSuperAdmin UserRank = 0

// UserLevelAdmin indicates that this user has by default all permissions (unless they affect the super-admin)
const UserLevelAdmin UserRank = 1

// UserLevelUser indicates that this user has only basic permissions by default
const UserLevelUser UserRank = 2

// UserRank indicates the rank assigned to the user
type UserRank uint8

// IsSuperAdmin returns true if the user has the Rank UserLevelSuperAdmin
func (u *User) IsSuperAdmin() bool {
	return u.UserLevel == UserLevelSuperAdmin
}

// IsAdmin returns true if the user has the Rank UserLevelSuperAdmin or UserLevelAdmin
func (u *User) IsAdmin() bool {
	return u.UserLevel == UserLevelAdmin || u.UserLevel == UserLevelSuperAdmin
}

const (
	// UserPermReplaceUploads allows replacing uploads PERM_REPLACE
	UserPermReplaceUploads UserPermission = 1 << iota
	// UserPermListOtherUploads allows also listing uploads by other users PERM_LIST
	UserPermListOtherUploads
	// UserPermEditOtherUploads allows editing of uploads by other users PERM_EDIT
	UserPermEditOtherUploads
	// UserPermReplaceOtherUploads allows replacing of uploads by other users PERM_REPLACE_OTHER
	UserPermReplaceOtherUploads
	// UserPermDeleteOtherUploads allows deleting uploads by other users PERM_DELETE
	UserPermDeleteOtherUploads
	// UserPermManageLogs allows viewing and deleting logs PERM_LOGS
	UserPermManageLogs
	// UserPermManageApiKeys allows editing and deleting of API keys by other users PERM_API
	UserPermManageApiKeys
	// UserPermManageUsers allows creating and editing of users, including granting and revoking permissions PERM_USERS
	UserPermManageUsers
	// UserPermGuestUploads allows creating file requests PERM_GUEST_UPLOAD
	UserPermGuestUploads
)

// UserPermissionNone means that the user has no permissions
const UserPermissionNone UserPermission = 0

// UserPermissionAll means that the user has all permissions
const UserPermissionAll UserPermission = 511

// GrantPermission grants one or more permissions
func (u *User) GrantPermission(permission UserPermission) {
	u.Permissions |= permission
}

// HasPermission returns true if the user has the permission(s)
func (u *User) HasPermission(permission UserPermission) bool {
	if permission == UserPermissionNone {
		return true
	}
	return (u.Permissions & permission) == permission
}
