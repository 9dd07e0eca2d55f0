package database

import (
	"example.com/heldout/gogs/third_party/errors"
)

// Issue represents an issue or pull request of repository
// (internal/database/issue.go:24, reduced).
type Issue struct {
	ID       int64    `gorm:"primaryKey"`
	RepoID   int64    `xorm:"INDEX UNIQUE(repo_index)" gorm:"index;uniqueIndex:issue_repo_index_unique;not null"`
	Index    int64    `xorm:"UNIQUE(repo_index)" gorm:"uniqueIndex:issue_repo_index_unique;not null"` // Index in one repository.
	Labels   []*Label `xorm:"-" gorm:"-" json:"-"`
	IsClosed bool
	IsPull   bool
}

// AddLabel adds a new label to the issue (internal/database/issue.go:274).
func (issue *Issue) AddLabel(doer *User, label *Label) error {
	if err := NewIssueLabel(issue, label); err != nil {
		return err
	}
	return nil
}

// AddLabels adds a list of new labels to the issue (internal/database/issue.go:288).
func (issue *Issue) AddLabels(doer *User, labels []*Label) error {
	if err := NewIssueLabels(issue, labels); err != nil {
		return err
	}
	return nil
}

// IssueUser represents an issue-user relation (internal/database/issue.go:1037).
// No unique key: uid and repo_id are only INDEX, issue_id has no tag.
type IssueUser struct {
	ID          int64 `gorm:"primary_key"`
	UserID      int64 `xorm:"uid INDEX" gorm:"column:uid;index"`
	IssueID     int64
	RepoID      int64 `xorm:"INDEX" gorm:"index"`
	MilestoneID int64
	IsRead      bool
	IsAssigned  bool
	IsMentioned bool
	IsPoster    bool
	IsClosed    bool
}

// UpdateIssueMentions extracts mentioned people from content and
// updates issue-user relations for them (internal/database/issue.go:1159,
// reduced: the lookup of the mentioned users and organization members
// becomes the given IDs). Callers: comment.go:168 (every new comment) and
// issue_mail.go:194 (every new issue).
func UpdateIssueMentions(e Engine, issueID int64, ids []int64) error {
	if err := updateIssueUsersByMentions(e, issueID, ids); err != nil {
		return errors.Newf("UpdateIssueUsersByMentions: %v", err)
	}
	return nil
}

// updateIssueUsersByMentions updates issue-user pairs by mentioning.
//
// Reproduces internal/database/issue.go:1442.
func updateIssueUsersByMentions(e Engine, issueID int64, uids []int64) error {
	for _, uid := range uids {
		iu := &IssueUser{
			UserID:  uid,
			IssueID: issueID,
		}
		has, err := e.Get(iu) // race; no unique key: issue_user has no UNIQUE tag on (uid, issue_id) (issue.go:1037-1048)
		if err != nil {
			return err
		}

		iu.IsMentioned = true
		if has {
			_, err = e.ID(iu.ID).AllCols().Update(iu)
		} else {
			_, err = e.Insert(iu)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
