// Package api stands in for the ogen-generated internal/api package of
// teldrive: only the request/response types the reproduced handlers use.
package api

import "github.com/google/uuid"

// OptString is ogen's optional string.
type OptString struct {
	Value string
	Set   bool
}

// IsSet reports whether the value was sent.
func (o OptString) IsSet() bool { return o.Set }

// OptInt64 is ogen's optional int64.
type OptInt64 struct {
	Value int64
	Set   bool
}

// OptUUID is ogen's optional UUID.
type OptUUID struct {
	Value UUID
	Set   bool
}

// IsSet reports whether the value was sent.
func (o OptUUID) IsSet() bool { return o.Set }

// UUID is ogen's uuid type.
type UUID uuid.UUID

// AuthAttemptSession is the Telegram login result handed to AuthLogin.
type AuthAttemptSession struct {
	Session   string
	UserId    int64
	UserName  string
	Name      string
	IsPremium bool
}

// AuthLoginNoContent is AuthLogin's response.
type AuthLoginNoContent struct {
	SetCookie string
}

// ChannelUpdate is the body of PATCH /users/channels.
type ChannelUpdate struct {
	ChannelId   OptInt64
	ChannelName OptString
}

// Channel is the body of POST /users/channels.
type Channel struct {
	ChannelId   OptInt64
	ChannelName string
}

// FileType is a file or a folder.
type FileType string

// File types.
const (
	FileTypeFile   FileType = "file"
	FileTypeFolder FileType = "folder"
)

// File is the body of POST /files.
type File struct {
	ID        OptString
	Name      string
	Type      FileType
	MimeType  OptString
	Path      OptString
	ParentId  OptUUID
	ChannelId OptInt64
}

// AuthRefreshParams carries the refresh-token cookie.
type AuthRefreshParams struct {
	RefreshToken string
}

// AuthRefreshNoContent is AuthRefresh's response.
type AuthRefreshNoContent struct {
	SetCookie string
}

// FileMove is the body of POST /files/move.
type FileMove struct {
	Ids               []UUID
	DestinationParent string
	DestinationName   OptString
}
