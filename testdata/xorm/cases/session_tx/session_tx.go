// xorm: a session in a transaction (Begin, then Commit). Reported, not
// fixed: xorm takes no savepoint, so on PostgreSQL the failed insert ends
// the transaction and the lookup could not run again (and at REPEATABLE
// READ it would not see the winner's row); a fix would change nothing.
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
