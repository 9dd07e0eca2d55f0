package database

import (
	"context"
	"strings"

	"example.com/heldout/gogs/internal/errx"
	"example.com/heldout/gogs/internal/userx"
	"example.com/heldout/gogs/third_party/errors"
)

var ErrOrgNotExist = errors.New("Organization does not exist")

// AddMember adds new member to organization (internal/database/org.go:80).
func (org *User) AddMember(uid int64) error {
	return AddOrgUser(org.ID, uid)
}

// CreateOrganization creates record of a new organization.
//
// Reproduces internal/database/org.go:99 (callers: POST /org/create ->
// route/org/org.go:36 CreatePost; POST /api/v1/admin/users/:username/orgs ->
// route/api/v1/org.go:33). The name check goes through the GORM UsersStore,
// the inserts through the xorm session, as upstream.
func CreateOrganization(org, owner *User) (err error) {
	if err = isUsernameAllowed(org.Name); err != nil {
		return err
	}

	if Handle.Users().IsUsernameUsed(context.TODO(), org.Name, 0) { // race
		return ErrUserAlreadyExist{
			args: errx.Args{
				"name": org.Name,
			},
		}
	}

	org.LowerName = strings.ToLower(org.Name)
	if org.Rands, err = userx.RandomSalt(); err != nil {
		return err
	}
	if org.Salt, err = userx.RandomSalt(); err != nil {
		return err
	}
	org.UseCustomAvatar = true
	org.MaxRepoCreation = -1
	org.NumTeams = 1
	org.NumMembers = 1

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if _, err = sess.Insert(org); err != nil {
		return errors.Newf("insert organization: %v", err)
	}

	// Add initial creator to organization and owner team.
	if _, err = sess.Insert(&OrgUser{
		UID:      owner.ID,
		OrgID:    org.ID,
		IsOwner:  true,
		NumTeams: 1,
	}); err != nil {
		return errors.Newf("insert org-user relation: %v", err)
	}

	// Create default owner team.
	t := &Team{
		OrgID:      org.ID,
		LowerName:  strings.ToLower(ownerTeamName),
		Name:       ownerTeamName,
		Authorize:  AccessModeOwner,
		NumMembers: 1,
	}
	if _, err = sess.Insert(t); err != nil {
		return errors.Newf("insert owner team: %v", err)
	}

	if _, err = sess.Insert(&TeamUser{
		UID:    owner.ID,
		OrgID:  org.ID,
		TeamID: t.ID,
	}); err != nil {
		return errors.Newf("insert team-user relation: %v", err)
	}

	return sess.Commit()
}

// OrgUser represents relations of organizations and their members
// (internal/database/org.go:243).
type OrgUser struct {
	ID       int64 `gorm:"primaryKey"`
	UID      int64 `xorm:"uid INDEX UNIQUE(s)" gorm:"column:uid;uniqueIndex:org_user_user_org_unique;index;not null"`
	OrgID    int64 `xorm:"INDEX UNIQUE(s)" gorm:"uniqueIndex:org_user_user_org_unique;index;not null"`
	IsPublic bool  `gorm:"not null;default:FALSE"`
	IsOwner  bool  `gorm:"not null;default:FALSE"`
	NumTeams int   `gorm:"not null;default:0"`
}

// IsOrganizationMember returns true if given user is member of organization
// (internal/database/org.go:259).
func IsOrganizationMember(orgID, uid int64) bool {
	has, _ := x.Where("uid=?", uid).And("org_id=?", orgID).Get(new(OrgUser))
	return has
}

// ChangeOrgUserStatus changes public or private membership status.
//
// Reproduces internal/database/org.go:320.
func ChangeOrgUserStatus(orgID, uid int64, public bool) error {
	ou := new(OrgUser)
	has, err := x.Where("uid=?", uid).And("org_id=?", orgID).Get(ou) // safe: guards an update only
	if err != nil {
		return err
	} else if !has {
		return nil
	}

	ou.IsPublic = public
	_, err = x.ID(ou.ID).AllCols().Update(ou)
	return err
}

// AddOrgUser adds new user to given organization.
//
// Reproduces internal/database/org.go:335 (callers: org.AddMember <- POST
// /org/:org/invitations/new -> route/org/members.go:108 Invitation; and
// AddTeamMember).
func AddOrgUser(orgID, uid int64) error {
	if IsOrganizationMember(orgID, uid) { // race
		return nil
	}

	sess := x.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	ou := &OrgUser{
		UID:   uid,
		OrgID: orgID,
	}

	if _, err := sess.Insert(ou); err != nil {
		return err
	} else if _, err = sess.Exec("UPDATE `user` SET num_members = num_members + 1 WHERE id = ?", orgID); err != nil {
		return err
	}

	return sess.Commit()
}

// RemoveOrgUser removes user from given organization.
//
// Reproduces internal/database/org.go:361 (the team and access clean-up is
// dropped).
func RemoveOrgUser(orgID, userID int64) error {
	ou := new(OrgUser)

	has, err := x.Where("uid=?", userID).And("org_id=?", orgID).Get(ou) // safe: guards a delete only
	if err != nil {
		return errors.Newf("get org-user: %v", err)
	} else if !has {
		return nil
	}

	sess := x.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	if _, err := sess.ID(ou.ID).Delete(ou); err != nil {
		return err
	} else if _, err = sess.Exec("UPDATE `user` SET num_members=num_members-1 WHERE id=?", orgID); err != nil {
		return err
	}

	return sess.Commit()
}

// getOwnerTeam is internal/database/org.go getOwnerTeam.
func (org *User) getOwnerTeam(e Engine) (*Team, error) {
	return getTeamOfOrgByName(e, org.ID, ownerTeamName)
}
