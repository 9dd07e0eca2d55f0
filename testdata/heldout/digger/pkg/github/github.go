// Package github is a minimal stand-in for github.com/google/go-github/v61/github:
// only the types the reproduced GitHub app callback reads.
package github

// Client mirrors github.Client (no API services in the stand-in).
type Client struct{}

// User mirrors github.User (subset).
type User struct {
	Login *string
	ID    *int64
}

// Installation mirrors github.Installation (subset).
type Installation struct {
	ID      *int64
	AppID   *int64
	Account *User
}

// Repository mirrors github.Repository (subset).
type Repository struct {
	Name          *string
	FullName      *string
	CloneURL      *string
	DefaultBranch *string
}

// InstallationEvent mirrors github.InstallationEvent (subset).
type InstallationEvent struct {
	Action       *string
	Repositories []*Repository
	Installation *Installation
}

// PullRequestBranch mirrors github.PullRequestBranch (subset).
type PullRequestBranch struct {
	Ref *string
	SHA *string
}

// GetRef mirrors (*PullRequestBranch).GetRef.
func (p *PullRequestBranch) GetRef() string {
	if p == nil || p.Ref == nil {
		return ""
	}
	return *p.Ref
}

// GetSHA mirrors (*PullRequestBranch).GetSHA.
func (p *PullRequestBranch) GetSHA() string {
	if p == nil || p.SHA == nil {
		return ""
	}
	return *p.SHA
}

// PullRequest mirrors github.PullRequest (subset).
type PullRequest struct {
	Number *int
	Head   *PullRequestBranch
}

// PullRequestEvent mirrors github.PullRequestEvent (subset).
type PullRequestEvent struct {
	Action       *string
	PullRequest  *PullRequest
	Repo         *Repository
	Installation *Installation
}

// Issue mirrors github.Issue (subset).
type Issue struct {
	Number *int
}

// IssueComment mirrors github.IssueComment (subset).
type IssueComment struct {
	ID   *int64
	Body *string
}

// IssueCommentEvent mirrors github.IssueCommentEvent (subset).
type IssueCommentEvent struct {
	Action       *string
	Issue        *Issue
	Comment      *IssueComment
	Repo         *Repository
	Installation *Installation
}
