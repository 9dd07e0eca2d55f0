// Package vfs reproduces the folder types of internal/vfs/folder.go (trimmed).
package vfs

// Filesystem defines filesystem details (internal/vfs/filesystem.go, trimmed)
type Filesystem struct {
	Provider int `json:"provider"`
}

// BaseVirtualFolder defines the path for the virtual folder and the used quota limits.
// The same folder can be shared among multiple users and each user can have different
// quota limits or a different virtual path.
type BaseVirtualFolder struct {
	ID              int64  `json:"id"`
	Name            string `json:"name"`
	MappedPath      string `json:"mapped_path,omitempty"`
	Description     string `json:"description,omitempty"`
	UsedQuotaSize   int64  `json:"used_quota_size"`
	UsedQuotaFiles  int    `json:"used_quota_files"`
	LastQuotaUpdate int64  `json:"last_quota_update"`
	// list of usernames associated with this virtual folder
	Users []string `json:"users,omitempty"`
	// list of group names associated with this virtual folder
	Groups []string `json:"groups,omitempty"`
	// Filesystem configuration details
	FsConfig Filesystem `json:"filesystem"`
}

// VirtualFolder defines a mapping between an SFTPGo virtual path and a
// filesystem path outside the user home directory.
type VirtualFolder struct {
	BaseVirtualFolder
	VirtualPath string `json:"virtual_path"`
	QuotaSize   int64  `json:"quota_size"`
	QuotaFiles  int    `json:"quota_files"`
}
