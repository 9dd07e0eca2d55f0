// Copyright 2024 Gitea. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/git/commit_status_summary.go @0915b1815746ed82ccfd3eca2ab51b633ef6bc0b
// (CommitStatusSummary :21-28, UpdateCommitStatusSummary :88-112).

package git

import (
	"context"

	"example.com/heldout/gitea/models/db"
	repo_model "example.com/heldout/gitea/models/repo"
	"example.com/heldout/gitea/modules/commitstatus"
	"example.com/heldout/gitea/modules/setting"
)

// CommitStatusSummary holds the latest combined Status of a single Commit
type CommitStatusSummary struct {
	ID        int64                       `xorm:"pk autoincr"`
	RepoID    int64                       `xorm:"INDEX UNIQUE(repo_id_sha)"`
	Repo      *repo_model.Repository      `xorm:"-"`
	SHA       string                      `xorm:"VARCHAR(64) NOT NULL INDEX UNIQUE(repo_id_sha)"`
	State     commitstatus.CombinedStatus `xorm:"VARCHAR(7) NOT NULL"`
	TargetURL string                      `xorm:"TEXT"`
}

func init() {
	db.RegisterModel(new(CommitStatusSummary))
}

// CalcCommitStatusSummary returns the combined status of the statuses (trimmed)
func CalcCommitStatusSummary(statuses []*CommitStatus) *CommitStatusSummary {
	summary := &CommitStatusSummary{}
	if len(statuses) > 0 {
		summary.RepoID = statuses[0].RepoID
		summary.SHA = statuses[0].SHA
		summary.State = statuses[0].State
		summary.TargetURL = statuses[0].TargetURL
	}
	return summary
}

func UpdateCommitStatusSummary(ctx context.Context, repoID int64, sha string) error {
	commitStatuses, _, err := GetLatestCommitStatus(ctx, repoID, sha, db.ListOptions{ListAll: true})
	if err != nil {
		return err
	}
	summary := CalcCommitStatusSummary(commitStatuses)

	// mysql will return 0 when update a record which state hasn't been changed which behaviour is different from other database,
	// so we need to use insert in on duplicate
	if setting.Database.Type.IsMySQL() {
		_, err := db.GetEngine(ctx).Exec("INSERT INTO commit_status_summary (repo_id,sha,state,target_url) VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE state=?",
			repoID, sha, summary.State, summary.TargetURL, summary.State)
		return err
	}

	// upstream :103-105 (one statement over three lines)
	if cnt, err := db.GetEngine(ctx).Where("repo_id=? AND sha=?", repoID, sha).Cols("state, target_url").Update(summary); err != nil { // safe: the only caller (commitstatus.CreateCommitStatus) runs this in the transaction of NewCommitStatus, whose ON CONFLICT upsert of commit_status_index (repo_id, sha) holds that row lock until commit, so callers for one (repo, sha) are serialized and the later one's UPDATE sees the committed summary
		return err
	} else if cnt == 0 {
		_, err = db.GetEngine(ctx).Insert(summary)
		return err
	}
	return nil
}
