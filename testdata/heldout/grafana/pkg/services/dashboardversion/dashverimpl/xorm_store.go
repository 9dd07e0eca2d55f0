package dashverimpl

import (
	"context"
	"strings"

	"example.com/heldout/grafana/pkg/infra/db"
	dashver "example.com/heldout/grafana/pkg/services/dashboardversion"
)

// Upstream: pkg/services/dashboardversion/dashverimpl/xorm_store.go (stored
// version index id 80332723; path inferred). Get and List dropped.

type sqlStore struct {
	db db.DB
}

// GetBatch — upstream :39 (lookup :52).
func (ss *sqlStore) GetBatch(ctx context.Context, cmd *dashver.DeleteExpiredVersionsCommand, perBatch int, versionsToKeep int) ([]interface{}, error) {
	var versionIds []interface{}
	err := ss.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		versionIdsToDeleteQuery := `SELECT id
			FROM dashboard_version, (
				SELECT dashboard_id, count(version) as count, min(version) as min
				FROM dashboard_version
				GROUP BY dashboard_id
			) AS vtd
			WHERE dashboard_version.dashboard_id=vtd.dashboard_id
			AND version < vtd.min + vtd.count - ?
			LIMIT ?`

		err := sess.SQL(versionIdsToDeleteQuery, versionsToKeep, perBatch).Find(&versionIds) // safe: the lookup only selects ids for the DELETE in DeleteBatch; nothing is inserted (dashboard versions are written by the dashboard store, out of scope)
		return err
	})
	return versionIds, err
}

// DeleteBatch — upstream :58 (delete :63).
func (ss *sqlStore) DeleteBatch(ctx context.Context, cmd *dashver.DeleteExpiredVersionsCommand, versionIdsToDelete []interface{}) (int64, error) {
	var deleted int64
	err := ss.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		deleteExpiredSQL := `DELETE FROM dashboard_version WHERE id IN (?` + strings.Repeat(",?", len(versionIdsToDelete)-1) + `)`
		sqlOrArgs := append([]interface{}{deleteExpiredSQL}, versionIdsToDelete...)
		expiredResponse, err := sess.Exec(sqlOrArgs...)
		if err != nil {
			return err
		}

		deleted, err = expiredResponse.RowsAffected()
		return err
	})
	return deleted, err
}

// DeleteExpired (service, upstream dashverimpl/dashver.go; not read line by
// line): GetBatch then DeleteBatch until no ids are returned.
func (ss *sqlStore) DeleteExpired(ctx context.Context, cmd *dashver.DeleteExpiredVersionsCommand, perBatch, versionsToKeep int) error {
	for {
		ids, err := ss.GetBatch(ctx, cmd, perBatch, versionsToKeep)
		if err != nil || len(ids) == 0 {
			return err
		}
		n, err := ss.DeleteBatch(ctx, cmd, ids)
		if err != nil {
			return err
		}
		cmd.DeletedRows += n
	}
}
