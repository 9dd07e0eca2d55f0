// Package issues is trimmed from code.gitea.io/gitea/models/issues; this file holds the
// minimal Issue/Label/TrackedTime types and helpers the reproduced sites use.
package issues

import (
	"context"
	"strings"

	"example.com/heldout/gitea/models/db"
	repo_model "example.com/heldout/gitea/models/repo"
	"example.com/heldout/gitea/modules/util"
)

// Issue represents an issue or pull request of repository (trimmed).
type Issue struct {
	ID       int64                  `xorm:"pk autoincr"`
	RepoID   int64                  `xorm:"INDEX UNIQUE(repo_index)"`
	Index    int64                  `xorm:"UNIQUE(repo_index)"`
	Repo     *repo_model.Repository `xorm:"-"`
	Title    string                 `xorm:"name"`
	IsClosed bool                   `xorm:"INDEX"`
	IsPull   bool                   `xorm:"INDEX"`
	Labels   []*Label               `xorm:"-"`
}

// Label represents a label of repository for issues (trimmed).
type Label struct {
	ID     int64 `xorm:"pk autoincr"`
	RepoID int64 `xorm:"INDEX"`
	OrgID  int64 `xorm:"INDEX"`
	Name   string
}

// TrackedTime represents a time that was spent for a specific issue (trimmed).
type TrackedTime struct {
	ID      int64 `xorm:"pk autoincr"`
	IssueID int64 `xorm:"INDEX"`
	UserID  int64 `xorm:"INDEX"`
	Time    int64 `xorm:"NOT NULL"`
}

func init() {
	db.RegisterModel(new(Issue))
	db.RegisterModel(new(Label))
	db.RegisterModel(new(TrackedTime))
}

// LoadRepo loads issue's repository
func (issue *Issue) LoadRepo(ctx context.Context) (err error) {
	if issue.Repo == nil && issue.RepoID != 0 {
		repo := &repo_model.Repository{}
		has, err := db.GetEngine(ctx).ID(issue.RepoID).Get(repo)
		if err != nil {
			return err
		} else if !has {
			return util.ErrNotExist
		}
		issue.Repo = repo
	}
	return nil
}

// GetIssueByID returns an issue by given ID.
func GetIssueByID(ctx context.Context, id int64) (*Issue, error) {
	issue := new(Issue)
	has, err := db.GetEngine(ctx).ID(id).Get(issue)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, util.ErrNotExist
	}
	return issue, nil
}

// GetIssueWatchersIDs returns IDs of subscribers or explicit unsubscribers to a given issue id
func GetIssueWatchersIDs(ctx context.Context, issueID int64, watching bool) ([]int64, error) {
	ids := make([]int64, 0, 64)
	return ids, db.GetEngine(ctx).Table("issue_watch").
		Where("issue_id=?", issueID).
		And("is_watching = ?", watching).
		Select("user_id").
		Find(&ids)
}

// GetParticipantIDsByIssue returns all userIDs who are participated in comments of an issue and issue author (trimmed)
func (issue *Issue) GetParticipantIDsByIssue(ctx context.Context) ([]int64, error) {
	return nil, nil
}

// HasWorkInProgressPrefix determines if the given PR title has a Work In Progress prefix
func HasWorkInProgressPrefix(title string) bool {
	return strings.HasPrefix(strings.ToUpper(title), "WIP")
}
