// xorm: Where, then And, both pairs of the key.
package and_chain

import (
	"xorm.io/xorm"
)

type Star struct {
	ID     int64 `xorm:"pk autoincr 'id'"`
	UID    int64 `xorm:"unique(s) 'uid'"`
	RepoID int64 `xorm:"unique(s) 'repo_id'"`
}

// StarRepo stars the repository for the user once.
func StarRepo(engine *xorm.Engine, uid, repoID int64) (bool, error) {
	var s Star
	has, err := engine.Where("uid = ?", uid).And("repo_id = ?", repoID).Get(&s)
	if err != nil {
		return false, err
	}
	if has {
		return false, nil
	}
	if _, err := engine.Insert(&Star{UID: uid, RepoID: repoID}); err != nil {
		return false, err
	}
	return true, nil
}
