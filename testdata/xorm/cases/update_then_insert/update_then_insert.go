// An update whose row count is the lookup (Gitea's CountArchiveDownload):
// no row updated, then an insert, which two callers can both reach. An
// update whose count is dropped says nothing of whether a row is there.
package update_then_insert

import (
	"xorm.io/xorm"
)

type DownloadCount struct {
	ID        int64 `xorm:"pk autoincr"`
	RepoID    int64 `xorm:"UNIQUE(s)"`
	ReleaseID int64 `xorm:"UNIQUE(s)"`
	Count     int64
}

// CountDownload adds one download: fixed (the loser goes back to the
// update, which then counts its download).
func CountDownload(x *xorm.Engine, repoID, releaseID int64) error {
	n, err := x.Where("repo_id = ?", repoID).And("release_id = ?", releaseID).Incr("count").Update(new(DownloadCount))
	if err != nil {
		return err
	}
	if n != 0 {
		return nil
	}
	_, err = x.Insert(&DownloadCount{RepoID: repoID, ReleaseID: releaseID, Count: 1})
	return err
}

// Touch updates a row by its id, its count dropped, then inserts a new
// one anyway: no lookup, not reported.
func Touch(x *xorm.Engine, id, repoID, releaseID int64) error {
	_, err := x.ID(id).Cols("count").Update(&DownloadCount{Count: 0})
	if err != nil {
		return err
	}
	_, err = x.Insert(&DownloadCount{RepoID: repoID, ReleaseID: releaseID})
	return err
}
