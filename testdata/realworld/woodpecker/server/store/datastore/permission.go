package datastore

import (
	"fmt"
	"time"

	"xorm.io/builder"
	"xorm.io/xorm"

	"example.com/realworld/woodpecker/server/model"
)

// PermFind is server/store/datastore/permission.go:27.
func (s storage) PermFind(user *model.User, repo *model.Repo) (*model.Perm, error) {
	perm := new(model.Perm)
	return perm, wrapGet(s.engine.
		Where(builder.Eq{"user_id": user.ID, "repo_id": repo.ID}).
		Get(perm))
}

// PermUpsert is permission.go:34: a transaction around permUpsert. The
// transaction runs at the driver's default isolation (READ COMMITTED on
// Postgres, REPEATABLE READ with non-locking reads on MySQL, deferred on
// SQLite): the Exist below takes no lock on the missing row.
func (s storage) PermUpsert(perm *model.Perm) error {
	sess := s.engine.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	if err := s.permUpsert(sess, perm); err != nil {
		return err
	}

	return sess.Commit()
}

// permUpsert is permission.go:48.
func (s storage) permUpsert(sess *xorm.Session, perm *model.Perm) error {
	if perm.RepoID == 0 {
		return fmt.Errorf("could not determine repo for permission: %v", perm)
	}

	if perm.UserID == 0 {
		return fmt.Errorf("could not determine user for permission: %v", perm)
	}

	exist, err := sess.Where(userIDAndRepoIDCond(perm)).Exist(new(model.Perm)) // race
	if err != nil {
		return err
	}

	if exist {
		perm.Updated = time.Now().Unix()
		_, err = sess.Where(userIDAndRepoIDCond(perm)).AllCols().Update(perm)
	} else {
		// insert will set auto created ID back to perm object
		perm.Created = time.Now().Unix()
		perm.Updated = perm.Created
		err = wrapInsert(sess.Insert(perm))
	}
	return err
}

// userIDAndRepoIDCond is permission.go:82.
func userIDAndRepoIDCond(perm *model.Perm) builder.Cond {
	return builder.Eq{"user_id": perm.UserID, "repo_id": perm.RepoID}
}

// PermPrune is permission.go:89.
func (s storage) PermPrune(userID int64, keepRepoIDs []int64) error {
	if len(keepRepoIDs) == 0 {
		_, err := s.engine.Where(builder.Eq{"user_id": userID}).Delete(new(model.Perm))
		return err
	}

	_, err := s.engine.Where(builder.Eq{"user_id": userID}).
		And(builder.NotIn("repo_id", keepRepoIDs)).
		Delete(new(model.Perm))
	return err
}
