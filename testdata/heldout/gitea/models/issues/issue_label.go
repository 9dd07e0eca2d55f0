// Copyright 2023 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/issues/issue_label.go @020eb4413322b7b9cf6d3802bb1127773b84315e
// (IssueLabel :19-23, HasIssueLabel :26-29, newIssueLabel :33-60, NewIssueLabel :90-124);
// the label comment and counters in newIssueLabel and the exclusive-scope cleanup are left out.

package issues

import (
	"context"

	"example.com/heldout/gitea/models/db"
	user_model "example.com/heldout/gitea/models/user"
)

// IssueLabel represents an issue-label relation.
type IssueLabel struct {
	ID      int64 `xorm:"pk autoincr"`
	IssueID int64 `xorm:"UNIQUE(s)"`
	LabelID int64 `xorm:"UNIQUE(s)"`
}

func init() {
	db.RegisterModel(new(IssueLabel))
}

// HasIssueLabel returns true if issue has been labeled.
func HasIssueLabel(ctx context.Context, issueID, labelID int64) bool {
	has, _ := db.GetEngine(ctx).Where("issue_id = ? AND label_id = ?", issueID, labelID).Get(new(IssueLabel))
	return has
}

// newIssueLabel this function creates a new label it does not check if the label is valid for the issue
// YOU MUST CHECK THIS BEFORE THIS FUNCTION
func newIssueLabel(ctx context.Context, issue *Issue, label *Label, doer *user_model.User) (err error) {
	if err = db.Insert(ctx, &IssueLabel{
		IssueID: issue.ID,
		LabelID: label.ID,
	}); err != nil {
		return err
	}

	if err = issue.LoadRepo(ctx); err != nil {
		return err
	}

	issue.Labels = append(issue.Labels, label)

	return nil
}

// NewIssueLabel creates a new issue-label relation.
// callers: services/issue AddLabel <- POST /{owner}/{repo}/issues/labels?action=attach (routers/web/repo UpdateIssueLabel)
func NewIssueLabel(issue *Issue, label *Label, doer *user_model.User) (err error) {
	// checked before (outside) the transaction; issue_label (issue_id, label_id) is UNIQUE(s)
	if HasIssueLabel(db.DefaultContext, issue.ID, label.ID) { // race
		return nil
	}

	ctx, committer, err := db.TxContext(db.DefaultContext)
	if err != nil {
		return err
	}
	defer committer.Close()

	if err = issue.LoadRepo(ctx); err != nil {
		return err
	}

	// Do NOT add invalid labels
	if issue.RepoID != label.RepoID && issue.Repo.OwnerID != label.OrgID {
		return nil
	}

	if err = newIssueLabel(ctx, issue, label, doer); err != nil {
		return err
	}

	return committer.Commit()
}
