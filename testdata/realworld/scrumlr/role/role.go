// Package role is a reduced copy of server/src/role.
package role

// Role is server/src/role/role.go.
type Role string

const (
	ParticipantRole Role = "PARTICIPANT"
	ModeratorRole   Role = "MODERATOR"
	OwnerRole       Role = "OWNER"
)
