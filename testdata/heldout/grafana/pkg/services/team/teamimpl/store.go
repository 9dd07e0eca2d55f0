package teamimpl

import (
	"context"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/team"
	"example.com/heldout/grafana/pkg/storage/legacysql"
	"example.com/heldout/grafana/pkg/storage/unified/sql/sqltemplate"
	"example.com/heldout/grafana/pkg/util"
)

// Upstream: pkg/services/team/teamimpl/store.go (newest stored version,
// index id 54746299095, 26294 chars). Trimmed to Create, Update and the
// membership hook.

type store interface {
	Create(ctx context.Context, cmd *team.CreateTeamCommand) (team.Team, error)
	Update(ctx context.Context, cmd *team.UpdateTeamCommand) error
}

// xormStore resolves qualified table names from the provider at operation time.
type xormStore struct {
	sql legacysql.LegacyDatabaseProvider
}

// Create — upstream store.go:76 (lookup :93, insert :99).
func (ss *xormStore) Create(ctx context.Context, cmd *team.CreateTeamCommand) (team.Team, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return team.Team{}, err
	}

	t := team.Team{
		UID:           util.GenerateShortUID(),
		Name:          cmd.Name,
		Email:         cmd.Email,
		OrgID:         cmd.OrgID,
		ExternalUID:   cmd.ExternalUID,
		IsProvisioned: cmd.IsProvisioned,
		Created:       time.Now(),
		Updated:       time.Now(),
	}
	err = dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		// default-isolation transaction: two creators of one (org_id, name)
		// both read "not taken"; the loser fails on UQE_team_org_id_name
		// instead of team.ErrTeamNameTaken
		if isNameTaken, err := isTeamNameTaken(dbHelper, sess, cmd.OrgID, cmd.Name, 0); err != nil { // race
			return err
		} else if isNameTaken {
			return team.ErrTeamNameTaken
		}

		_, err := sess.Table(dbHelper.Table("team")).Insert(&t)
		return err
	})
	return t, err
}

// Update — upstream store.go:105 (lookup :112, update :125).
func (ss *xormStore) Update(ctx context.Context, cmd *team.UpdateTeamCommand) error {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return err
	}

	return dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		if isNameTaken, err := isTeamNameTaken(dbHelper, sess, cmd.OrgID, cmd.Name, cmd.ID); err != nil { // safe: the name check only guards an UPDATE of an existing team row; nothing is inserted
			return err
		} else if isNameTaken {
			return team.ErrTeamNameTaken
		}

		t := team.Team{
			Name:        cmd.Name,
			Email:       cmd.Email,
			ExternalUID: cmd.ExternalUID,
			Updated:     time.Now(),
		}

		affectedRows, err := sess.Table(dbHelper.Table("team")).MustCols("email").ID(cmd.ID).Update(&t)
		if err != nil {
			return err
		}

		if affectedRows == 0 {
			return team.ErrTeamNotFound
		}

		return nil
	})
}

type teamExistsQuery struct {
	sqltemplate.SQLTemplate
	TeamTable string
	OrgID     int64
	TeamID    int64
}

func (q teamExistsQuery) Validate() error { return nil }

// teamExists — upstream store.go:227.
func teamExists(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgID int64, teamID int64) (bool, error) {
	query := teamExistsQuery{
		SQLTemplate: sqltemplate.New(dbHelper.DialectForDriver()),
		TeamTable:   dbHelper.Table("team"),
		OrgID:       orgID,
		TeamID:      teamID,
	}
	sqlStr, err := sqltemplate.Execute(teamExistsTemplate, query)
	if err != nil {
		return false, err
	}
	if res, err := sess.Query(append([]any{sqlStr}, query.GetArgs()...)...); err != nil {
		return false, err
	} else if len(res) != 1 {
		return false, team.ErrTeamNotFound
	}

	return true, nil
}

// isTeamNameTaken — upstream store.go:247 (lookup :249).
func isTeamNameTaken(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgId int64, name string, existingId int64) (bool, error) {
	var t team.Team
	exists, err := sess.Table(dbHelper.Table("team")).Where("org_id=? and name=?", orgId, name).Get(&t)
	if err != nil {
		return false, nil
	}

	if exists && existingId != t.ID {
		return true, nil
	}

	return false, nil
}

type isTeamMemberQuery struct {
	sqltemplate.SQLTemplate
	TeamMemberTable string
	OrgID           int64
	TeamID          int64
	UserID          int64
}

func (q isTeamMemberQuery) Validate() error { return nil }

// isTeamMember — upstream store.go:618 (query :630).
func isTeamMember(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgId int64, teamId int64, userId int64) (bool, error) {
	query := isTeamMemberQuery{
		SQLTemplate:     sqltemplate.New(dbHelper.DialectForDriver()),
		TeamMemberTable: dbHelper.Table("team_member"),
		OrgID:           orgId,
		TeamID:          teamId,
		UserID:          userId,
	}
	sqlStr, err := sqltemplate.Execute(isTeamMemberTemplate, query)
	if err != nil {
		return false, err
	}
	if res, err := sess.Query(append([]any{sqlStr}, query.GetArgs()...)...); err != nil {
		return false, err
	} else if len(res) != 1 {
		return false, nil
	}

	return true, nil
}

// AddOrUpdateTeamMemberHook is called from team resource permission service
// it adds user to a team or updates user permissions in a team within the given transaction session.
// dbHelper resolves qualified table names.
// Upstream store.go:642 (lookup :643, addTeamMember :651 -> insert :673).
func AddOrUpdateTeamMemberHook(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, userID, orgID, teamID int64, isExternal bool, permission team.PermissionType) error {
	// run one after the other, the second call takes the update branch; run
	// at once, both take the insert branch and the loser fails on
	// UQE_team_member_org_id_team_id_user_id
	isMember, err := isTeamMember(dbHelper, sess, orgID, teamID, userID) // race
	if err != nil {
		return err
	}

	if isMember {
		err = updateTeamMember(dbHelper, sess, orgID, teamID, userID, permission)
	} else {
		err = addTeamMember(dbHelper, sess, orgID, teamID, userID, isExternal, permission)
	}

	return err
}

// addTeamMember — upstream store.go:657.
func addTeamMember(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgID, teamID, userID int64, isExternal bool, permission team.PermissionType) error {
	if _, err := teamExists(dbHelper, sess, orgID, teamID); err != nil {
		return err
	}

	entity := team.TeamMember{
		UID:        util.GenerateShortUID(),
		OrgID:      orgID,
		TeamID:     teamID,
		UserID:     userID,
		External:   isExternal,
		Created:    time.Now(),
		Updated:    time.Now(),
		Permission: permission,
	}

	_, err := sess.Table(dbHelper.Table("team_member")).Insert(&entity)
	return err
}

// updateTeamMember — upstream store.go (after addTeamMember); the
// get_team_member.sql lookup is dropped.
func updateTeamMember(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgID, teamID, userID int64, permission team.PermissionType) error {
	if permission != team.PermissionTypeAdmin {
		permission = team.PermissionTypeMember // make sure we don't get invalid permission levels in store
	}

	member := team.TeamMember{Permission: permission}
	_, err := sess.Table(dbHelper.Table("team_member")).Cols("permission").Where("org_id=? and team_id=? and user_id=?", orgID, teamID, userID).Update(member)
	return err
}
