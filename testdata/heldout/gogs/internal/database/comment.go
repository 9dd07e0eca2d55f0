package database

import (
	"example.com/heldout/gogs/third_party/errors"
)

// CommentType defines whether a comment is just a simple comment, an action (like close) or a reference.
type CommentType int

const (
	// Plain comment, can be associated with a commit (CommitID > 0) and a line (LineNum > 0)
	CommentTypeComment CommentType = iota
	CommentTypeReopen
	CommentTypeClose

	// References.
	CommentTypeIssueRef
	// Reference from a commit (not part of a pull request)
	CommentTypeCommitRef
)

// Comment represents a comment in commit and issue page
// (internal/database/comment.go:47, reduced). No unique key: issue_id is INDEX
// only, commit_sha and type have no UNIQUE tag.
type Comment struct {
	ID        int64
	Type      CommentType
	PosterID  int64
	IssueID   int64 `xorm:"INDEX"`
	CommitID  int64
	Line      int64
	Content   string `xorm:"TEXT"`
	CommitSHA string `xorm:"VARCHAR(40)"`

	CreatedUnix int64
	UpdatedUnix int64
}

type CreateCommentOptions struct {
	Type  CommentType
	Doer  *User
	Repo  *Repository
	Issue *Issue

	CommitSHA string
	Content   string
}

// CreateComment creates comment of issue or commit
// (internal/database/comment.go CreateComment -> createComment:197, reduced to
// the insert).
func CreateComment(opts *CreateCommentOptions) (comment *Comment, err error) {
	sess := x.NewSession()
	defer sess.Close()
	if err = sess.Begin(); err != nil {
		return nil, err
	}

	comment = &Comment{
		Type:      opts.Type,
		PosterID:  opts.Doer.ID,
		IssueID:   opts.Issue.ID,
		CommitSHA: opts.CommitSHA,
		Content:   opts.Content,
	}
	if _, err = sess.Insert(comment); err != nil {
		return nil, err
	}

	return comment, sess.Commit()
}

// CreateRefComment creates a commit reference comment to issue.
//
// Reproduces internal/database/comment.go:363 (caller: git push ->
// ActionsStore.CommitRepo (actions.go:463) -> updateCommitReferencesToIssues
// (actions.go:315, :360) for every commit message that references an issue).
func CreateRefComment(doer *User, repo *Repository, issue *Issue, content, commitSHA string) error {
	if commitSHA == "" {
		return errors.Newf("cannot create reference with empty commit SHA")
	}

	// Check if same reference from same commit has already existed.
	has, err := x.Get(&Comment{ // race; no unique key: comment has no UNIQUE tag on (type, issue_id, commit_sha) (comment.go:47-71)
		Type:      CommentTypeCommitRef,
		IssueID:   issue.ID,
		CommitSHA: commitSHA,
	})
	if err != nil {
		return errors.Newf("check reference comment: %v", err)
	} else if has {
		return nil
	}

	_, err = CreateComment(&CreateCommentOptions{
		Type:      CommentTypeCommitRef,
		Doer:      doer,
		Repo:      repo,
		Issue:     issue,
		CommitSHA: commitSHA,
		Content:   content,
	})
	return err
}
