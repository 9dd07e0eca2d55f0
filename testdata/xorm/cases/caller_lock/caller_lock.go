// xorm: a helper of the package that looks up and inserts, called only
// after its caller locked the parent row FOR UPDATE in the same
// transaction (Apache Answer's saveActivitiesAvailable after
// acquireUserInfo): callers with the same parent are serialized, so
// not reported. The same shape on a session with no lock is.
package caller_lock

import (
	"xorm.io/xorm"
)

type Account struct {
	ID   int64 `xorm:"pk autoincr 'id'"`
	Rank int
}

type Activity struct {
	ID        int64 `xorm:"pk autoincr 'id'"`
	AccountID int64 `xorm:"unique(a) 'account_id'"`
	ObjectID  int64 `xorm:"unique(a) 'object_id'"`
}

// lockAccount locks the account's row for the rest of the transaction.
func lockAccount(sess *xorm.Session, id int64) error {
	var a Account
	_, err := sess.ID(id).ForUpdate().Get(&a)
	return err
}

// saveActivity adds the activity when missing.
func saveActivity(sess *xorm.Session, accountID, objectID int64) error {
	var act Activity
	has, err := sess.Where("account_id = ? AND object_id = ?", accountID, objectID).Get(&act)
	if err != nil || has {
		return err
	}
	_, err = sess.Insert(&Activity{AccountID: accountID, ObjectID: objectID})
	return err
}

// Accept locks the account, then saves the activity.
func Accept(engine *xorm.Engine, accountID, objectID int64) error {
	sess := engine.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}
	if err := lockAccount(sess, accountID); err != nil {
		return err
	}
	if err := saveActivity(sess, accountID, objectID); err != nil {
		return err
	}
	return sess.Commit()
}

// Touch does the same on a session outside a transaction, with no lock:
// reported and fixed (the savepoint is then released on SQLite, where
// SAVEPOINT outside a transaction opens one).
func Touch(engine *xorm.Engine, accountID, objectID int64) error {
	sess := engine.NewSession()
	defer sess.Close()
	var act Activity
	has, err := sess.Where("account_id = ? AND object_id = ?", accountID, objectID).Get(&act)
	if err != nil || has {
		return err
	}
	_, err = sess.Insert(&Activity{AccountID: accountID, ObjectID: objectID})
	return err
}
