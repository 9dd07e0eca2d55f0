// xorm: a session in a transaction (Begin, then Commit). The insert runs
// inside a savepoint taken with the session's Exec; after a failed insert
// the fix rolls back to it and goes back to the lookup. On PostgreSQL the
// loser then finds the winner's row; at REPEATABLE READ (MariaDB) the
// transaction's snapshot does not show it, and the loser gets the
// insert's error, as before.
package session_tx

import (
	"xorm.io/xorm"
)

type Wallet struct {
	ID      int64 `xorm:"pk autoincr 'id'"`
	OwnerID int64 `xorm:"unique 'owner_id'"`
	Balance int64
}

// Open opens the owner's wallet in a transaction.
func Open(engine *xorm.Engine, ownerID int64) error {
	sess := engine.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}
	var w Wallet
	has, err := sess.Where("owner_id = ?", ownerID).Get(&w)
	if err != nil {
		return err
	}
	if !has {
		if _, err := sess.Insert(&Wallet{OwnerID: ownerID}); err != nil {
			return err
		}
	}
	return sess.Commit()
}
