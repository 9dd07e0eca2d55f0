package apikeyimpl

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/apikey"
	"example.com/heldout/grafana/pkg/storage/legacysql"
)

// Upstream: pkg/services/apikey/apikeyimpl/xorm_store.go (newest stored
// version with the legacysql provider, index id 58972914507; the path is
// inferred, see CATALOGUE.md). Trimmed to AddAPIKey.

type sqlStore struct {
	sql legacysql.LegacyDatabaseProvider
}

// timeNow makes it possible to test usage of time
var timeNow = time.Now

// AddAPIKey — upstream :45 (lookup :53, insert :80).
func (ss *sqlStore) AddAPIKey(ctx context.Context, cmd *apikey.AddCommand) (res *apikey.APIKey, err error) {
	dbHelper, err := ss.sql(ctx)
	if err != nil {
		return nil, fmt.Errorf("get legacy DB: %w", err)
	}

	err = dbHelper.DB.WithTransactionalDbSession(ctx, func(sess *db.Session) error {
		key := apikey.APIKey{OrgID: cmd.OrgID, Name: cmd.Name}
		// Get by the non-zero fields org_id and name; two token creations
		// with one name both miss and the loser's INSERT fails on
		// UQE_api_key_org_id_name ("failed to insert token: ...") instead of
		// apikey.ErrDuplicate
		exists, _ := sess.Table(dbHelper.Table("api_key")).Get(&key) // race
		if exists {
			return apikey.ErrDuplicate
		}

		updated := timeNow()
		var expires *int64 = nil
		if cmd.SecondsToLive > 0 {
			v := updated.Add(time.Second * time.Duration(cmd.SecondsToLive)).Unix()
			expires = &v
		} else if cmd.SecondsToLive < 0 {
			return apikey.ErrInvalidExpiration
		}

		isRevoked := false
		t := apikey.APIKey{
			OrgID:            cmd.OrgID,
			Name:             cmd.Name,
			Role:             cmd.Role,
			Key:              cmd.Key,
			Created:          updated,
			Updated:          updated,
			Expires:          expires,
			ServiceAccountId: cmd.ServiceAccountID,
			IsRevoked:        &isRevoked,
		}

		if _, err := sess.Table(dbHelper.Table("api_key")).Insert(&t); err != nil {
			return fmt.Errorf("%s: %w", "failed to insert token", err)
		}
		res = &t
		return nil
	})
	return res, err
}
