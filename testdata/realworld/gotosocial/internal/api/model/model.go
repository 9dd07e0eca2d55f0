// Package model stands in for internal/api/model (the API types used by
// the reproduced processors).
package model

// Relationship is internal/api/model/relationship.go (fields trimmed).
type Relationship struct {
	ID        string
	Following bool
	Requested bool
	Blocking  bool
	Muting    bool
	Note      string
}

// AccountFollowRequest is internal/api/model/account.go.
type AccountFollowRequest struct {
	ID      string
	Reblogs *bool
	Notify  *bool
}

// UserMuteCreateUpdateRequest is internal/api/model/usermute.go.
type UserMuteCreateUpdateRequest struct {
	ID            string
	Notifications *bool
	Duration      *int
}

// AccountMoveRequest is internal/api/model/account.go.
type AccountMoveRequest struct {
	Password   string
	MovedToURI string
}

// Status is internal/api/model/status.go (fields trimmed).
type Status struct {
	ID string
}

// Tag is internal/api/model/tag.go (fields trimmed).
type Tag struct {
	Name      string
	Following bool
}

// DomainPermission is internal/api/model/domain.go (fields trimmed).
type DomainPermission struct {
	ID     string
	Domain string
}

// Application is internal/api/model/application.go (fields trimmed).
type Application struct {
	ID       string
	VapidKey string
}

// Marker is internal/api/model/marker.go (fields trimmed).
type Marker struct{}
