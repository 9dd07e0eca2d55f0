// Package utils reproduces the parts of backend/utils used by the reproduced
// controllers (github.go:30 GithubClientProvider, pr_comment.go:14
// CommentReporterManager), trimmed.
package utils

import (
	"example.com/heldout/digger/libs/ci"
	"example.com/heldout/digger/pkg/github"
)

type GithubClientProvider interface {
	Get(githubAppId int64, installationId int64) (*github.Client, *string, error)
	FetchCredentials(githubAppId string) (string, string, string, string, error)
}

func GetGithubHostname() string {
	return "github.com"
}

// CommentReporterManager thin wrapper around CommentReporter that makes it "Lazy" so we dont comment anything when it is initialized
// and we can update comment at any time (initial update creates a new comment, future updates will update that comment)
type CommentReporterManager struct {
	prService ci.PullRequestService
	prNumber  int
}

func (cm *CommentReporterManager) UpdateComment(commentMessage string) (*string, error) {
	return nil, nil
}
