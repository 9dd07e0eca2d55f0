// Package internal reproduces internal/webhook.go and internal/metadata.go
// of go-vela/server (trimmed).
package internal

import (
	api "example.com/heldout/vela/api/types"
)

// PullRequest defines the data pulled from PRs while
// processing a webhook.
type PullRequest struct {
	Comment string
	Number  int64
	Labels  []string
}

// Installation defines the data pulled from an installation
// while processing a webhook.
// Only applies to GitHub Apps.
type Installation struct {
	Action              string
	ID                  int64
	Org                 string
	RepositoriesAdded   []string
	RepositoriesRemoved []string
}

// Webhook defines a struct that is used to return
// the required data when processing webhook event
// a for a source provider event.
type Webhook struct {
	Hook         *api.Hook
	Repo         *api.Repo
	Build        *api.Build
	PullRequest  PullRequest
	Deployment   *api.Deployment
	Installation *Installation
	Files        []string
}

// Metadata reproduces internal/metadata.go (trimmed).
type Metadata struct {
	Vela struct {
		WebAddress   string
		OpenIDIssuer string
	}
}
