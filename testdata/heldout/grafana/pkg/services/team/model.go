package team

import (
	"errors"
	"time"
)

// Upstream: pkg/services/team/model.go (trimmed). TeamMember.UID is newer
// than the model version read (the newest store sets it).
var (
	ErrTeamNotFound       = errors.New("team not found")
	ErrTeamNameTaken      = errors.New("team name is taken")
	ErrTeamMemberNotFound = errors.New("team member not found")
)

// Team model
type Team struct {
	ID            int64  `json:"id" xorm:"pk autoincr 'id'"`
	UID           string `json:"uid" xorm:"uid"`
	OrgID         int64  `json:"orgId" xorm:"org_id"`
	Name          string `json:"name"`
	Email         string `json:"email"`
	ExternalUID   string `json:"externalUID" xorm:"external_uid"`
	IsProvisioned bool   `json:"isProvisioned" xorm:"is_provisioned"`

	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

type CreateTeamCommand struct {
	Name          string `json:"name" binding:"Required"`
	Email         string `json:"email"`
	ExternalUID   string `json:"-"`
	IsProvisioned bool   `json:"-"`
	OrgID         int64  `json:"-"`
}

type UpdateTeamCommand struct {
	ID          int64
	Name        string
	Email       string
	ExternalUID string
	OrgID       int64 `json:"-"`
}

type PermissionType int

const (
	PermissionTypeMember PermissionType = 0
	PermissionTypeAdmin  PermissionType = 4
)

// TeamMember model
type TeamMember struct {
	ID         int64  `xorm:"pk autoincr 'id'"`
	UID        string `xorm:"uid"`
	OrgID      int64  `xorm:"org_id"`
	TeamID     int64  `xorm:"team_id"`
	UserID     int64  `xorm:"user_id"`
	External   bool   // Signals that the membership has been created by an external systems, such as LDAP
	Permission PermissionType

	Created time.Time
	Updated time.Time
}
