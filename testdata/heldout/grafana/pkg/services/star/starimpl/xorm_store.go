package starimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/star"
)

// Upstream: pkg/services/star/starimpl/xorm_store.go (commit
// 12f8017c96c44d7496684d8851ec66debd07e3ed). Trimmed to Insert.

type sqlStore struct {
	db db.DB
}

// Insert — upstream :44 (insert :54, unique violation swallowed :55).
func (s *sqlStore) Insert(ctx context.Context, cmd *star.StarDashboardCommand) error {
	return s.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		entity := star.Star{
			UserID:       cmd.UserID,
			DashboardID:  cmd.DashboardID,
			DashboardUID: cmd.DashboardUID,
			OrgID:        cmd.OrgID,
			Updated:      cmd.Updated,
		}

		_, err := sess.Insert(&entity) // safe: no lookup before the INSERT; a duplicate star hits UQE_star_user_id_dashboard_id and IsUniqueConstraintViolation turns it into success (insert-or-ignore)
		if s.db.GetDialect().IsUniqueConstraintViolation(err) {
			return nil
		}

		return err
	})
}
