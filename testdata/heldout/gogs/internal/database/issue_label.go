package database

import (
	"xorm.io/xorm"

	"example.com/heldout/gogs/third_party/errors"
)

// Label represents a label of repository for issues
// (internal/database/issue_label.go:53, reduced).
type Label struct {
	ID              int64
	RepoID          int64 `xorm:"INDEX"`
	Name            string
	Color           string `xorm:"VARCHAR(7)"`
	NumIssues       int
	NumClosedIssues int
}

// updateLabel is internal/database/issue_label.go updateLabel.
func updateLabel(e Engine, l *Label) error {
	_, err := e.ID(l.ID).AllCols().Update(l)
	return err
}

// IssueLabel represents an issue-lable relation (internal/database/issue_label.go:258).
type IssueLabel struct {
	ID      int64
	IssueID int64 `xorm:"UNIQUE(s)"`
	LabelID int64 `xorm:"UNIQUE(s)"`
}

// hasIssueLabel is internal/database/issue_label.go:264.
func hasIssueLabel(e Engine, issueID, labelID int64) bool {
	has, _ := e.Where("issue_id = ? AND label_id = ?", issueID, labelID).Get(new(IssueLabel))
	return has
}

// HasIssueLabel returns true if issue has been labeled.
func HasIssueLabel(issueID, labelID int64) bool {
	return hasIssueLabel(x, issueID, labelID)
}

// newIssueLabel is internal/database/issue_label.go:274.
func newIssueLabel(e *xorm.Session, issue *Issue, label *Label) (err error) {
	if _, err = e.Insert(&IssueLabel{
		IssueID: issue.ID,
		LabelID: label.ID,
	}); err != nil {
		return err
	}

	label.NumIssues++
	if issue.IsClosed {
		label.NumClosedIssues++
	}

	if err = updateLabel(e, label); err != nil {
		return errors.Newf("updateLabel: %v", err)
	}

	issue.Labels = append(issue.Labels, label)
	return nil
}

// NewIssueLabel creates a new issue-label relation.
//
// Reproduces internal/database/issue_label.go:296 (caller: Issue.AddLabel
// <- POST /:username/:reponame/issues/labels -> route/repo/issue.go
// UpdateIssueLabel "attach"; POST /api/v1/.../issues/:index/labels).
func NewIssueLabel(issue *Issue, label *Label) (err error) {
	if HasIssueLabel(issue.ID, label.ID) { // race
		return nil
	}

	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if err = newIssueLabel(sess, issue, label); err != nil {
		return err
	}

	return sess.Commit()
}

// newIssueLabels is internal/database/issue_label.go:314 (callers: NewIssueLabels
// <- Issue.AddLabels <- POST /api/v1/repos/:owner/:repo/issues/:index/labels;
// Issue.addLabels when an issue is created with labels).
func newIssueLabels(e *xorm.Session, issue *Issue, labels []*Label) (err error) {
	for i := range labels {
		if hasIssueLabel(e, issue.ID, labels[i].ID) { // race
			continue
		}

		if err = newIssueLabel(e, issue, labels[i]); err != nil {
			return errors.Newf("newIssueLabel: %v", err)
		}
	}

	return nil
}

// NewIssueLabels creates a list of issue-label relations
// (internal/database/issue_label.go:329).
func NewIssueLabels(issue *Issue, labels []*Label) (err error) {
	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return err
	}

	if err = newIssueLabels(sess, issue, labels); err != nil {
		return err
	}

	return sess.Commit()
}
