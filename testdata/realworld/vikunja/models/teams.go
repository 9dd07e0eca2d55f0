package models

import (
	"errors"
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// Team is pkg/models/teams.go:34 (trimmed).
type Team struct {
	// The unique, numeric id of this team.
	ID int64 `xorm:"bigint autoincr not null unique pk" json:"id" param:"team" readOnly:"true"`
	// The name of this team.
	Name string `xorm:"varchar(250) not null" json:"name" valid:"required,runelength(1|250)" minLength:"1" maxLength:"250"`
	// The team's description.
	Description string `xorm:"longtext null" json:"description"`
	CreatedByID int64  `xorm:"bigint not null INDEX" json:"-"`
	// The team's external id provided by the openid or ldap provider
	ExternalID string `xorm:"varchar(250) null" maxLength:"250" json:"external_id" readOnly:"true"`
	// Contains the issuer extracted from the vikunja_groups claim if this team was created through oidc
	Issuer string `xorm:"text null" json:"-"`

	// The user who created this team.
	CreatedBy *user.User `xorm:"-" json:"created_by" readOnly:"true"`

	Created time.Time `xorm:"created" json:"created" readOnly:"true"`
	Updated time.Time `xorm:"updated" json:"updated" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName makes beautiful table names
func (*Team) TableName() string {
	return "teams"
}

// TeamMember is pkg/models/teams.go:76.
type TeamMember struct {
	// The unique, numeric id of this team member relation.
	ID int64 `xorm:"bigint autoincr not null unique pk" json:"id" readOnly:"true"`
	// The team id.
	TeamID int64 `xorm:"bigint not null INDEX" json:"-" param:"team"`
	// The username of the member. We use this to prevent automated user id entering.
	Username string `xorm:"-" json:"username" param:"user" valid:"required" minLength:"1"`
	// Used under the hood to manage team members
	UserID int64 `xorm:"bigint not null INDEX" json:"-"`
	// Whether or not the member is an admin of the team. See the docs for more about what a team admin can do
	Admin bool `xorm:"null" json:"admin"`

	// A timestamp when this relation was created. You cannot change this value.
	Created time.Time `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName makes beautiful table names
func (*TeamMember) TableName() string {
	return "team_members"
}

// CreateNewTeam is pkg/models/teams.go:199 (events trimmed).
func (t *Team) CreateNewTeam(s *xorm.Session, a web.Auth, firstUserShouldBeAdmin bool) (err error) {

	doer, err := user.GetFromAuth(a)
	if err != nil {
		return err
	}

	// Check if we have a name
	if t.Name == "" {
		return errors.New("team name cannot be empty")
	}

	t.ID = 0
	t.CreatedByID = doer.ID
	t.CreatedBy = doer

	_, err = s.Insert(t)
	if err != nil {
		return
	}

	tm := TeamMember{TeamID: t.ID, Username: doer.Username, Admin: firstUserShouldBeAdmin}
	return tm.Create(s, doer)
}

// Update is pkg/models/teams.go (POST /teams/{id}; trimmed).
func (t *Team) Update(s *xorm.Session, _ web.Auth) (err error) {
	_, err = s.ID(t.ID).Cols("name", "description").Update(t)
	return
}
