package models

// FileRequest contains information about a file request (upstream internal/models/FileRequest.go:12)
type FileRequest struct {
	Id           string `json:"id" redis:"id"`                     // The internal ID of the file request
	UserId       int    `json:"userid" redis:"userid"`             // The user ID of the owner
	MaxFiles     int    `json:"maxfiles" redis:"maxfiles"`         // The maximum number of files allowed
	MaxSize      int    `json:"maxsize" redis:"maxsize"`           // The maximum file size allowed in MB
	Expiry       int64  `json:"expiry" redis:"expiry"`             // The expiry time of the file request
	CreationDate int64  `json:"creationdate" redis:"creationdate"` // The timestamp of the file request creation
	Name         string `json:"name" redis:"name"`                 // The given name for the file request
	ApiKey       string `json:"apikey" redis:"apikey"`             // The API key related to the file request
	Notes        string `json:"notes" redis:"notes"`               // The custom note that was set for this file request
}
