package quotaimpl

import (
	"fmt"
	"time"

	"example.com/heldout/grafana/pkg/services/quota"
	"example.com/heldout/grafana/pkg/services/sqlstore"
	"example.com/heldout/grafana/pkg/storage/legacysql"
	"example.com/heldout/grafana/pkg/storage/unified/sql/sqltemplate"
)

// Upstream: pkg/services/quota/quotaimpl/store.go (stored version index id
// 54532636444, the one whose query structs match the find/insert templates).
// Get/DeleteByUser dropped.

type store interface {
	Update(ctx quota.Context, cmd *quota.UpdateQuotaCmd) error
}

type sqlStore struct {
	sql legacysql.LegacyDatabaseProvider
}

type findQuotaQuery struct {
	sqltemplate.SQLTemplate
	QuotaTable string
	Target     string
	UserID     int64
	OrgID      int64
}

func (q findQuotaQuery) Validate() error { return nil }

type insertQuotaQuery struct {
	sqltemplate.SQLTemplate
	QuotaTable string
	Target     string
	UserID     int64
	OrgID      int64
	Limit      int64
	Created    legacysql.DBTime
	Updated    legacysql.DBTime
}

func (q insertQuotaQuery) Validate() error { return nil }

type updateQuotaQuery struct {
	sqltemplate.SQLTemplate
	QuotaTable string
	QuotaID    int64
	Limit      int64
	Updated    legacysql.DBTime
}

func (q updateQuotaQuery) Validate() error { return nil }

// Update — upstream store.go:121 (lookup :142, insert :166, update after).
func (ss *sqlStore) Update(ctx quota.Context, cmd *quota.UpdateQuotaCmd) error {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return fmt.Errorf("get legacy DB: %w", err)
	}

	return dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *sqlstore.DBSession) error {
		// Check if quota is already defined in the DB
		findQuery := findQuotaQuery{
			SQLTemplate: sqltemplate.New(dbHelper.DialectForDriver()),
			QuotaTable:  dbHelper.Table("quota"),
			Target:      cmd.Target,
			UserID:      cmd.UserID,
			OrgID:       cmd.OrgID,
		}
		findSQL, err := sqltemplate.Execute(findQuotaTemplate, findQuery)
		if err != nil {
			return err
		}

		// default-isolation transaction: two first updates of one
		// (org_id, user_id, target) both miss; the second INSERT fails on
		// UQE_quota_org_id_user_id_target where, run after the first, it
		// would have taken the UPDATE branch
		var quotaID int64
		has, err := sess.SQL(findSQL, findQuery.GetArgs()...).Get(&quotaID) // race
		if err != nil {
			return err
		}

		updated := legacysql.NewDBTime(time.Now())
		limit := cmd.Limit
		if !has {
			created := legacysql.NewDBTime(time.Now())
			// No quota in the DB for this target, so create a new one.
			insertQuery := insertQuotaQuery{
				SQLTemplate: sqltemplate.New(dbHelper.DialectForDriver()),
				QuotaTable:  dbHelper.Table("quota"),
				Target:      cmd.Target,
				UserID:      cmd.UserID,
				OrgID:       cmd.OrgID,
				Limit:       limit,
				Created:     created,
				Updated:     updated,
			}
			insertSQL, err := sqltemplate.Execute(insertQuotaTemplate, insertQuery)
			if err != nil {
				return err
			}
			_, err = sess.Exec(append([]any{insertSQL}, insertQuery.GetArgs()...)...)
			return err
		} else {
			// update existing quota entry in the DB.
			updateQuery := updateQuotaQuery{
				SQLTemplate: sqltemplate.New(dbHelper.DialectForDriver()),
				QuotaTable:  dbHelper.Table("quota"),
				QuotaID:     quotaID,
				Limit:       limit,
				Updated:     updated,
			}
			updateSQL, err := sqltemplate.Execute(updateQuotaTemplate, updateQuery)
			if err != nil {
				return err
			}
			_, err = sess.Exec(append([]any{updateSQL}, updateQuery.GetArgs()...)...)
			return err
		}
	})
}
