package models

// ApiPermission contains zero or more permissions as an uint16 format
type ApiPermission uint16

const (
	// ApiPermView is the permission for viewing metadata of all uploaded files PERM_VIEW
	ApiPermView ApiPermission = 1 << iota
	// ApiPermUpload is the permission for creating new files PERM_UPLOAD
	ApiPermUpload
	// ApiPermDelete is the permission for deleting files PERM_DELETE
	ApiPermDelete
	// ApiPermApiMod is the permission for adding / removing API key permissions PERM_API_MOD
	ApiPermApiMod
	// ApiPermEdit is the permission for editing parameters of uploaded files PERM_EDIT
	ApiPermEdit
	// ApiPermReplace is the permission for replacing the content of uploaded files PERM_REPLACE
	ApiPermReplace
	// ApiPermManageUsers is the permission for managing users PERM_MANAGE_USERS
	ApiPermManageUsers
	// ApiPermManageLogs is the permission required for managing the log file PERM_MANAGE_LOGS
	ApiPermManageLogs
	// ApiPermManageFileRequests is the permission required for creating and managing file requests PERM_MANAGE_FILE_REQUESTS
	ApiPermManageFileRequests
)

// ApiPermNone means no permission granted
const ApiPermNone ApiPermission = 0

// ApiPermDefault the default for new API keys that are created from the UI
const ApiPermDefault = ApiPermView + ApiPermUpload + ApiPermDelete + ApiPermEdit

// ApiKey contains data of a single api key (upstream internal/models/ApiKey.go:36)
type ApiKey struct {
	Id              string        `json:"Id" redis:"Id"`
	PublicId        string        `json:"PublicId" redis:"PublicId"`
	FriendlyName    string        `json:"FriendlyName" redis:"FriendlyName"`
	LastUsed        int64         `json:"LastUsed" redis:"LastUsed"`
	Permissions     ApiPermission `json:"Permissions" redis:"Permissions"`
	Expiry          int64         `json:"Expiry" redis:"Expiry"` // Does not expire if 0
	IsSystemKey     bool          `json:"IsSystemKey" redis:"IsSystemKey"`
	UserId          int           `json:"UserId" redis:"UserId"`
	UploadRequestId string        `json:"UploadRequestId" redis:"UploadRequestId"`
}
