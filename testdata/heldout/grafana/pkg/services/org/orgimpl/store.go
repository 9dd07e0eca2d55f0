package orgimpl

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/org"
	"example.com/heldout/grafana/pkg/services/user"
	"example.com/heldout/grafana/pkg/storage/legacysql"
	"example.com/heldout/grafana/pkg/storage/unified/sql/sqltemplate"
)

// Upstream: pkg/services/org/orgimpl/store.go (newest stored version, index
// id 58639805971, 39781 chars). Trimmed to the methods of the catalogued
// sites; the Postgres sequence sync after an explicit-id insert, the
// deletions, searches and quota counting are dropped.

const MainOrgName = "Main Org."

type store interface {
	Get(context.Context, int64) (*org.Org, error)
	// Insert adds a new organization. returns organization id
	Insert(context.Context, *org.Org) (int64, error)
	// InsertOrgUser adds a new membership record for a user in an organization. returns membership id
	InsertOrgUser(context.Context, *org.OrgUser) (int64, error)
	Update(ctx context.Context, cmd *org.UpdateOrgCommand) error
	CreateWithMember(context.Context, *org.CreateOrgCommand) (*org.Org, error)
	AddOrgUser(context.Context, *org.AddOrgUserCommand) error
}

type sqlStore struct {
	sql legacysql.LegacyDatabaseProvider
}

func validateQueryFields(fields ...string) error {
	for _, field := range fields {
		if field == "" {
			return fmt.Errorf("required query field is empty")
		}
	}
	return nil
}

// Get — upstream store.go:78.
func (ss *sqlStore) Get(ctx context.Context, orgID int64) (*org.Org, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return nil, fmt.Errorf("get legacy DB: %w", err)
	}

	var orga org.Org
	err = dbHelper.DB.WithDbSession(ctx, func(sess *db.Session) error {
		has, err := sess.Table(dbHelper.Table("org")).Where("id=?", orgID).Get(&orga)
		if err != nil {
			return err
		}
		if !has {
			return org.ErrOrgNotFound.Errorf("failed to get organization with ID: %d", orgID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &orga, nil
}

// Insert — upstream store.go:111 (lookup :119, insert :125).
func (ss *sqlStore) Insert(ctx context.Context, orga *org.Org) (int64, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return 0, fmt.Errorf("get legacy DB: %w", err)
	}

	var orgID int64
	err = dbHelper.DB.WithDbSession(ctx, func(sess *db.Session) error {
		// check-then-insert on org.name outside any transaction; two callers
		// with the same name both pass, the loser hits UQE_org_name and gets
		// a driver error instead of org.ErrOrgNameTaken
		if isNameTaken, err := isOrgNameTaken(dbHelper, orga.Name, orga.ID, sess); err != nil { // race
			return err
		} else if isNameTaken {
			return org.ErrOrgNameTaken
		}

		if _, err = sess.Table(dbHelper.Table("org")).Insert(orga); err != nil {
			return err
		}

		orgID = orga.ID
		return nil
	})
	if err != nil {
		return 0, err
	}
	return orgID, nil
}

// InsertOrgUser adds a new membership record for a user in an organization.
// Upstream store.go:149 (no lookup).
func (ss *sqlStore) InsertOrgUser(ctx context.Context, cmd *org.OrgUser) (int64, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return 0, fmt.Errorf("get legacy DB: %w", err)
	}

	err = dbHelper.DB.WithDbSession(ctx, func(sess *db.Session) error {
		if _, err = sess.Table(dbHelper.Table("org_user")).Insert(cmd); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return cmd.ID, nil
}

// Update — upstream store.go:209 (lookup :216, update :227).
func (ss *sqlStore) Update(ctx context.Context, cmd *org.UpdateOrgCommand) error {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return fmt.Errorf("get legacy DB: %w", err)
	}

	return dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		if isNameTaken, err := isOrgNameTaken(dbHelper, cmd.Name, cmd.OrgId, sess); err != nil { // safe: the name check only guards an UPDATE of an existing org row (a concurrent rename can still hit UQE_org_name, but nothing is inserted)
			return err
		} else if isNameTaken {
			return org.ErrOrgNameTaken
		}

		orga := org.Org{
			Name:    cmd.Name,
			Updated: time.Now(),
		}

		affectedRows, err := sess.Table(dbHelper.Table("org")).ID(cmd.OrgId).Update(&orga)

		if err != nil {
			return err
		}

		if affectedRows == 0 {
			return org.ErrOrgNotFound.Errorf("failed to update organization with ID: %d", cmd.OrgId)
		}

		return nil
	})
}

// isOrgNameTaken — upstream store.go:241 (lookup :244).
func isOrgNameTaken(dbHelper *legacysql.LegacyDatabaseHelper, name string, existingId int64, sess *db.Session) (bool, error) {
	// check if org name is taken
	var org org.Org
	exists, err := sess.Table(dbHelper.Table("org")).Where("name=?", name).Get(&org)

	if err != nil {
		return false, nil
	}

	if exists && existingId != org.ID {
		return true, nil
	}

	return false, nil
}

type orgExistsQuery struct {
	sqltemplate.SQLTemplate
	OrgTable string
	OrgID    int64
}

func (q orgExistsQuery) Validate() error {
	return validateQueryFields(q.OrgTable)
}

// orgExists — upstream store.go:294.
func orgExists(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgID int64) (bool, error) {
	query := orgExistsQuery{
		SQLTemplate: sqltemplate.New(dbHelper.DialectForDriver()),
		OrgTable:    dbHelper.Table("org"),
		OrgID:       orgID,
	}
	querySQL, err := sqltemplate.Execute(orgExistsTemplate, query)
	if err != nil {
		return false, err
	}
	res, err := sess.Query(append([]any{querySQL}, query.GetArgs()...)...)
	if err != nil {
		return false, err
	}
	return len(res) == 1, nil
}

// CreateWithMember creates an organization with a certain name and a certain user as member.
// Upstream store.go:492 (lookup :504, insert :510).
func (ss *sqlStore) CreateWithMember(ctx context.Context, cmd *org.CreateOrgCommand) (*org.Org, error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return nil, fmt.Errorf("get legacy DB: %w", err)
	}

	orga := org.Org{
		Name:    cmd.Name,
		Created: time.Now(),
		Updated: time.Now(),
	}
	if err := dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		// the transaction does not serialize two creators of the same name:
		// both read "not taken", the second INSERT fails on UQE_org_name
		if isNameTaken, err := isOrgNameTaken(dbHelper, cmd.Name, 0, sess); err != nil { // race
			return err
		} else if isNameTaken {
			return org.ErrOrgNameTaken
		}

		if _, err := sess.Table(dbHelper.Table("org")).Insert(&orga); err != nil {
			return err
		}

		user := org.OrgUser{
			OrgID:   orga.ID,
			UserID:  cmd.UserID,
			Role:    org.RoleAdmin,
			Created: time.Now(),
			Updated: time.Now(),
		}

		_, err := sess.Table(dbHelper.Table("org_user")).Insert(&user)

		return err
	}); err != nil {
		return &orga, err
	}
	return &orga, nil
}

type orgUserExistsQuery struct {
	sqltemplate.SQLTemplate
	OrgUserTable string
	OrgID        int64
	UserID       int64
}

func (q orgUserExistsQuery) Validate() error {
	return validateQueryFields(q.OrgUserTable)
}

// orgUserExists — upstream store.go:542 (query :553).
func orgUserExists(dbHelper *legacysql.LegacyDatabaseHelper, sess *db.Session, orgID, userID int64) (bool, error) {
	query := orgUserExistsQuery{
		SQLTemplate:  sqltemplate.New(dbHelper.DialectForDriver()),
		OrgUserTable: dbHelper.Table("org_user"),
		OrgID:        orgID,
		UserID:       userID,
	}
	querySQL, err := sqltemplate.Execute(orgUserExistsTemplate, query)
	if err != nil {
		return false, err
	}
	res, err := sess.Query(append([]any{querySQL}, query.GetArgs()...)...)
	if err != nil {
		return false, err
	}
	return len(res) == 1, nil
}

// AddOrgUser — upstream store.go:588 (lookup :616, insert :638). The
// non-service-account user lookup through the get_user_by_id.sql template is
// replaced by the plain xorm Get of the other branch.
func (ss *sqlStore) AddOrgUser(ctx context.Context, cmd *org.AddOrgUserCommand) error {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return fmt.Errorf("get legacy DB: %w", err)
	}

	return dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		// check if user exists
		var usr user.User
		exists, err := sess.Table(dbHelper.Table("user")).ID(cmd.UserID).Get(&usr)
		if err != nil {
			return err
		}
		if !exists {
			return user.ErrUserNotFound
		}

		// membership check and INSERT in one default-isolation transaction:
		// two concurrent adds of the same user both see no row; the loser
		// fails on UQE_org_user_org_id_user_id instead of ErrOrgUserAlreadyAdded
		exists, err = orgUserExists(dbHelper, sess, cmd.OrgID, usr.ID) // race
		if err != nil {
			return err
		} else if exists {
			return org.ErrOrgUserAlreadyAdded
		}

		exists, err = orgExists(dbHelper, sess, cmd.OrgID)
		if err != nil {
			return err
		} else if !exists {
			return org.ErrOrgNotFound.Errorf("failed to add user to organization with ID: %d", cmd.OrgID)
		}

		entity := org.OrgUser{
			OrgID:   cmd.OrgID,
			UserID:  cmd.UserID,
			Role:    cmd.Role,
			Created: time.Now(),
			Updated: time.Now(),
		}

		_, err = sess.Table(dbHelper.Table("org_user")).Insert(&entity)
		if err != nil {
			return err
		}

		return nil
	})
}
