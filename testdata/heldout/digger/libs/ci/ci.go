// Package ci reproduces libs/ci/ci.go:5 PullRequestService, trimmed to the
// method the PR lock calls.
package ci

type PullRequestService interface {
	// IsClosed closed without merging
	IsClosed(prNumber int) (bool, error)
}
