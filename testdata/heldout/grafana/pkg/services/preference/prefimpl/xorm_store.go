package prefimpl

import (
	"context"

	"example.com/heldout/grafana/pkg/infra/db"
	pref "example.com/heldout/grafana/pkg/services/preference"
)

// Upstream: pkg/services/preference/prefimpl/xorm_store.go (index id
// 713952031; List and DeleteByUser dropped).

type sqlStore struct {
	db db.DB
}

// Get — upstream xorm_store.go:15 (lookup :18).
func (s *sqlStore) Get(ctx context.Context, query *pref.Preference) (*pref.Preference, error) {
	var prefs pref.Preference
	err := s.db.WithDbSession(ctx, func(sess *db.Session) error {
		exist, err := sess.Where("org_id=? AND user_id=? AND team_id=?", query.OrgID, query.UserID, query.TeamID).Get(&prefs)
		if err != nil {
			return err
		}
		if !exist {
			return pref.ErrPrefNotFound
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &prefs, nil
}

func (s *sqlStore) Update(ctx context.Context, cmd *pref.Preference) error {
	return s.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		_, err := sess.ID(cmd.ID).AllCols().Update(cmd)
		return err
	})
}

// Insert — upstream xorm_store.go:72 (insert :76).
func (s *sqlStore) Insert(ctx context.Context, cmd *pref.Preference) (int64, error) {
	var ID int64
	var err error
	err = s.db.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		_, err = sess.Insert(cmd)
		ID = cmd.ID
		return err
	})
	return ID, err
}
