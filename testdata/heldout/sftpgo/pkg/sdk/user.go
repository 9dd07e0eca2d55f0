// Package sdk is a stand-in for github.com/sftpgo/sdk (not in the held-out
// go.mod): only the user fields the reproduced SQL binds are kept.
package sdk

// GroupMapping defines the mapping between an SFTPGo user and a group
type GroupMapping struct {
	Name string `json:"name"`
	Type int    `json:"type"`
}

// BaseUser defines an SFTPGo user
type BaseUser struct {
	ID                       int64               `json:"id"`
	Status                   int                 `json:"status"`
	Username                 string              `json:"username"`
	Email                    string              `json:"email,omitempty"`
	Description              string              `json:"description,omitempty"`
	ExpirationDate           int64               `json:"expiration_date"`
	Password                 string              `json:"password,omitempty"`
	PublicKeys               []string            `json:"public_keys,omitempty"`
	HomeDir                  string              `json:"home_dir"`
	UID                      int                 `json:"uid"`
	GID                      int                 `json:"gid"`
	MaxSessions              int                 `json:"max_sessions"`
	QuotaSize                int64               `json:"quota_size"`
	QuotaFiles               int                 `json:"quota_files"`
	Permissions              map[string][]string `json:"permissions"`
	UsedQuotaSize            int64               `json:"used_quota_size"`
	UsedQuotaFiles           int                 `json:"used_quota_files"`
	LastQuotaUpdate          int64               `json:"last_quota_update"`
	UploadBandwidth          int64               `json:"upload_bandwidth"`
	DownloadBandwidth        int64               `json:"download_bandwidth"`
	UploadDataTransfer       int64               `json:"upload_data_transfer"`
	DownloadDataTransfer     int64               `json:"download_data_transfer"`
	TotalDataTransfer        int64               `json:"total_data_transfer"`
	UsedUploadDataTransfer   int64               `json:"used_upload_data_transfer"`
	UsedDownloadDataTransfer int64               `json:"used_download_data_transfer"`
	LastLogin                int64               `json:"last_login"`
	CreatedAt                int64               `json:"created_at"`
	UpdatedAt                int64               `json:"updated_at"`
	FirstDownload            int64               `json:"first_download"`
	FirstUpload              int64               `json:"first_upload"`
	LastPasswordChange       int64               `json:"last_password_change"`
	AdditionalInfo           string              `json:"additional_info,omitempty"`
	Role                     string              `json:"role"`
}
