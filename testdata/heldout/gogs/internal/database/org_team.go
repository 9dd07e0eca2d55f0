package database

import (
	"fmt"
	"strings"

	"example.com/heldout/gogs/third_party/errors"
)

const ownerTeamName = "Owners"

// Team represents a organization team (internal/database/org_team.go:17).
type Team struct {
	ID          int64
	OrgID       int64 `xorm:"INDEX"`
	LowerName   string
	Name        string
	Description string
	Authorize   AccessMode
	Repos       []*Repository `xorm:"-" json:"-" gorm:"-"`
	Members     []*User       `xorm:"-" json:"-" gorm:"-"`
	NumRepos    int
	NumMembers  int
}

// AddMember adds new membership of the team to the organization,
// the user will have membership to the organization automatically when needed.
func (t *Team) AddMember(uid int64) error {
	return AddTeamMember(t.OrgID, t.ID, uid)
}

// hasRepository is internal/database/org_team.go:98.
func (t *Team) hasRepository(e Engine, repoID int64) bool {
	return hasTeamRepo(e, t.OrgID, t.ID, repoID)
}

// HasRepository returns true if given repository belong to team.
func (t *Team) HasRepository(repoID int64) bool {
	return t.hasRepository(x, repoID)
}

// getMembers is internal/database/org_team.go getMembers.
func (t *Team) getMembers(e Engine) (err error) {
	t.Members, err = getTeamMembers(e, t.ID)
	return err
}

// addRepository is internal/database/org_team.go:107 (the access
// recalculation is dropped).
func (t *Team) addRepository(e Engine, repo *Repository) (err error) {
	if err = addTeamRepo(e, t.OrgID, t.ID, repo.ID); err != nil {
		return err
	}

	t.NumRepos++
	if _, err = e.ID(t.ID).AllCols().Update(t); err != nil {
		return errors.Newf("update team: %v", err)
	}

	if err = t.getMembers(e); err != nil {
		return errors.Newf("getMembers: %v", err)
	}
	for _, u := range t.Members {
		if err = watchRepo(e, u.ID, repo.ID, true); err != nil {
			return errors.Newf("watchRepo: %v", err)
		}
	}
	return nil
}

// AddRepository adds new repository to team of organization.
//
// Reproduces internal/database/org_team.go:133 (callers: POST
// /org/:org/teams/:team/action/repo/add -> route/org/teams.go:128
// TeamsRepoAction; PUT /api/v1/admin/teams/:teamid/repos/:reponame ->
// route/api/v1/admin_org_repo.go:22).
func (t *Team) AddRepository(repo *Repository) (err error) {
	if repo.OwnerID != t.OrgID {
		return errors.New("Repository does not belong to organization")
	} else if t.HasRepository(repo.ID) { // race
		return nil
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if err = t.addRepository(sess, repo); err != nil {
		return err
	}

	return sess.Commit()
}

var reservedTeamNames = map[string]struct{}{
	"new": {},
}

// IsUsableTeamName return an error if given name is a reserved name or pattern.
func IsUsableTeamName(name string) error {
	return isNameAllowed(reservedTeamNames, nil, name)
}

type ErrTeamAlreadyExist struct {
	ID    int64
	OrgID int64
	Name  string
}

func (err ErrTeamAlreadyExist) Error() string {
	return fmt.Sprintf("team already exists [id: %d, org_id: %d, name: %s]", err.ID, err.OrgID, err.Name)
}

// NewTeam creates a record of new team.
// It's caller's responsibility to assign organization ID.
//
// Reproduces internal/database/org_team.go:256 (callers: POST
// /org/:org/teams/new -> route/org/teams.go:167 NewTeamPost; POST
// /api/v1/admin/orgs/:orgname/teams -> route/api/v1/admin_org_team.go:24).
func NewTeam(t *Team) error {
	if t.Name == "" {
		return errors.New("empty team name")
	} else if t.OrgID == 0 {
		return errors.New("OrgID is not assigned")
	}

	if err := IsUsableTeamName(t.Name); err != nil {
		return err
	}

	has, err := x.ID(t.OrgID).Get(new(User))
	if err != nil {
		return err
	} else if !has {
		return ErrOrgNotExist
	}

	t.LowerName = strings.ToLower(t.Name)
	existingTeam := Team{}
	has, err = x.Where("org_id=?", t.OrgID).And("lower_name=?", t.LowerName).Get(&existingTeam) // race; no unique key: team has only `xorm:"INDEX"` on org_id and no tag on lower_name (org_team.go:19-20)
	if err != nil {
		return err
	} else if has {
		return ErrTeamAlreadyExist{existingTeam.ID, t.OrgID, t.LowerName}
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if _, err = sess.Insert(t); err != nil {
		return err
	}

	// Update organization number of teams.
	if _, err = sess.Exec("UPDATE `user` SET num_teams=num_teams+1 WHERE id = ?", t.OrgID); err != nil {
		return err
	}
	return sess.Commit()
}

type ErrTeamNotExist struct {
	args map[string]any
}

func (err ErrTeamNotExist) Error() string {
	return fmt.Sprintf("team does not exist: %v", err.args)
}

// getTeamOfOrgByName is internal/database/org_team.go:319.
func getTeamOfOrgByName(e Engine, orgID int64, name string) (*Team, error) {
	t := &Team{
		OrgID:     orgID,
		LowerName: strings.ToLower(name),
	}
	has, err := e.Get(t)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, ErrTeamNotExist{args: map[string]any{"orgID": orgID, "name": name}}
	}
	return t, nil
}

// getTeamByID is internal/database/org_team.go getTeamByID.
func getTeamByID(e Engine, teamID int64) (*Team, error) {
	t := new(Team)
	has, err := e.ID(teamID).Get(t)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, ErrTeamNotExist{args: map[string]any{"teamID": teamID}}
	}
	return t, nil
}

// GetTeamByID returns team by given ID.
func GetTeamByID(teamID int64) (*Team, error) {
	return getTeamByID(x, teamID)
}

// UpdateTeam updates information of team.
//
// Reproduces internal/database/org_team.go:365 (the access recalculation is
// dropped).
func UpdateTeam(t *Team, authChanged bool) (err error) {
	if t.Name == "" {
		return errors.New("empty team name")
	}

	if len(t.Description) > 255 {
		t.Description = t.Description[:255]
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	t.LowerName = strings.ToLower(t.Name)
	existingTeam := new(Team)
	has, err := x.Where("org_id=?", t.OrgID).And("lower_name=?", t.LowerName).And("id!=?", t.ID).Get(existingTeam) // safe: guards an UPDATE of the team row (no insert)
	if err != nil {
		return err
	} else if has {
		return ErrTeamAlreadyExist{existingTeam.ID, t.OrgID, t.LowerName}
	}

	if _, err = sess.ID(t.ID).AllCols().Update(t); err != nil {
		return errors.Newf("update: %v", err)
	}

	return sess.Commit()
}

// TeamUser represents an team-user relation (internal/database/org_team.go:460).
type TeamUser struct {
	ID     int64
	OrgID  int64 `xorm:"INDEX"`
	TeamID int64 `xorm:"UNIQUE(s)"`
	UID    int64 `xorm:"UNIQUE(s)"`
}

// isTeamMember is internal/database/org_team.go:467.
func isTeamMember(e Engine, orgID, teamID, uid int64) bool {
	has, _ := e.Where("org_id=?", orgID).And("team_id=?", teamID).And("uid=?", uid).Get(new(TeamUser))
	return has
}

// IsTeamMember returns true if given user is a member of team.
func IsTeamMember(orgID, teamID, uid int64) bool {
	return isTeamMember(x, orgID, teamID, uid)
}

// getTeamMembers is internal/database/org_team.go:477 (the raw SELECT of team_user
// is written with Where).
func getTeamMembers(e Engine, teamID int64) (_ []*User, err error) {
	teamUsers := make([]*TeamUser, 0, 10)
	if err = e.Where("team_id = ?", teamID).Find(&teamUsers); err != nil {
		return nil, errors.Newf("get team-users: %v", err)
	}
	members := make([]*User, 0, len(teamUsers))
	for i := range teamUsers {
		member := new(User)
		if _, err = e.ID(teamUsers[i].UID).Get(member); err != nil {
			return nil, errors.Newf("get user '%d': %v", teamUsers[i].UID, err)
		}
		members = append(members, member)
	}
	return members, nil
}

// AddTeamMember adds new membership of given team to given organization,
// the user will have membership to given organization automatically when needed.
//
// Reproduces internal/database/org_team.go:522 (callers: Team.AddMember <- POST
// /org/:org/teams/:team/action/add -> route/org/teams.go:81 TeamsAction, and
// "join" :53; PUT /api/v1/admin/teams/:teamid/members/:username ->
// route/api/v1/admin_org_team.go:41). The access recalculation is dropped.
func AddTeamMember(orgID, teamID, userID int64) error {
	if IsTeamMember(orgID, teamID, userID) { // race
		return nil
	}

	if err := AddOrgUser(orgID, userID); err != nil {
		return err
	}

	// Get team and its repositories.
	t, err := GetTeamByID(teamID)
	if err != nil {
		return err
	}
	t.NumMembers++

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	tu := &TeamUser{
		UID:    userID,
		OrgID:  orgID,
		TeamID: teamID,
	}
	if _, err = sess.Insert(tu); err != nil {
		return err
	} else if _, err = sess.ID(t.ID).Update(t); err != nil {
		return err
	}

	// We make sure it exists before.
	ou := new(OrgUser)
	if _, err = sess.Where("uid = ?", userID).And("org_id = ?", orgID).Get(ou); err != nil {
		return err
	}
	ou.NumTeams++
	if _, err = sess.ID(ou.ID).AllCols().Update(ou); err != nil {
		return err
	}

	return sess.Commit()
}

// removeTeamMember is internal/database/org_team.go:582 (the owner-team guard
// and access recalculation are dropped).
func removeTeamMember(e Engine, orgID, teamID, uid int64) error {
	if !isTeamMember(e, orgID, teamID, uid) { // safe: guards a delete only
		return nil
	}

	// Get team and its repositories.
	t, err := getTeamByID(e, teamID)
	if err != nil {
		return err
	}
	t.NumMembers--

	tu := &TeamUser{
		UID:    uid,
		OrgID:  orgID,
		TeamID: teamID,
	}
	if _, err := e.Delete(tu); err != nil {
		return err
	} else if _, err = e.ID(t.ID).AllCols().Update(t); err != nil {
		return err
	}
	return nil
}

// RemoveTeamMember removes member from given team of given organization.
func RemoveTeamMember(orgID, teamID, uid int64) error {
	sess := x.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}
	if err := removeTeamMember(sess, orgID, teamID, uid); err != nil {
		return err
	}
	return sess.Commit()
}

// TeamRepo represents an team-repository relation (internal/database/org_team.go:665).
type TeamRepo struct {
	ID     int64
	OrgID  int64 `xorm:"INDEX"`
	TeamID int64 `xorm:"UNIQUE(s)"`
	RepoID int64 `xorm:"UNIQUE(s)"`
}

// hasTeamRepo is internal/database/org_team.go:672.
func hasTeamRepo(e Engine, orgID, teamID, repoID int64) bool {
	has, _ := e.Where("org_id = ?", orgID).And("team_id = ?", teamID).And("repo_id = ?", repoID).Get(new(TeamRepo))
	return has
}

// addTeamRepo is internal/database/org_team.go:682.
func addTeamRepo(e Engine, orgID, teamID, repoID int64) error {
	_, err := e.InsertOne(&TeamRepo{
		OrgID:  orgID,
		TeamID: teamID,
		RepoID: repoID,
	})
	return err
}
