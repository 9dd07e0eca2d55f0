// Package atproto reproduces, trimmed, the generated lexicon types of indigo
// api/atproto used by the reproduced relay and tap code (synclistHosts.go,
// synclistRepos.go, synclistReposByCollection.go, syncsubscribeRepos.go).
// The XRPC calls return nothing here.
package atproto

import (
	"context"

	"example.com/heldout/indigo/atproto/atclient"
)

// SyncListHosts_Host reproduces api/atproto/synclistHosts.go:14.
type SyncListHosts_Host struct {
	AccountCount *int64 `json:"accountCount,omitempty" cborgen:"accountCount,omitempty"`
	// hostname: hostname of server; not a URL (no scheme)
	Hostname string `json:"hostname" cborgen:"hostname"`
	// seq: Recent repo stream event sequence number. May be delayed from actual stream processing (eg, persisted cursor not in-memory cursor).
	Seq    *int64  `json:"seq,omitempty" cborgen:"seq,omitempty"`
	Status *string `json:"status,omitempty" cborgen:"status,omitempty"`
}

// SyncListHosts_Output reproduces api/atproto/synclistHosts.go:24.
type SyncListHosts_Output struct {
	Cursor *string               `json:"cursor,omitempty" cborgen:"cursor,omitempty"`
	Hosts  []*SyncListHosts_Host `json:"hosts" cborgen:"hosts"`
}

// SyncListHosts reproduces api/atproto/synclistHosts.go:31 (trimmed).
func SyncListHosts(ctx context.Context, c *atclient.APIClient, cursor string, limit int64) (*SyncListHosts_Output, error) {
	return &SyncListHosts_Output{}, nil
}

// SyncListRepos_Repo reproduces api/atproto/synclistRepos.go (trimmed).
type SyncListRepos_Repo struct {
	Active *bool  `json:"active,omitempty" cborgen:"active,omitempty"`
	Did    string `json:"did" cborgen:"did"`
}

// SyncListRepos_Output reproduces api/atproto/synclistRepos.go (trimmed).
type SyncListRepos_Output struct {
	Cursor *string               `json:"cursor,omitempty" cborgen:"cursor,omitempty"`
	Repos  []*SyncListRepos_Repo `json:"repos" cborgen:"repos"`
}

// SyncListRepos reproduces api/atproto/synclistRepos.go:31 (trimmed).
func SyncListRepos(ctx context.Context, c *atclient.APIClient, cursor string, limit int64) (*SyncListRepos_Output, error) {
	return &SyncListRepos_Output{}, nil
}

// SyncListReposByCollection_Repo reproduces api/atproto/synclistReposByCollection.go (trimmed).
type SyncListReposByCollection_Repo struct {
	Did string `json:"did" cborgen:"did"`
}

// SyncListReposByCollection_Output reproduces api/atproto/synclistReposByCollection.go (trimmed).
type SyncListReposByCollection_Output struct {
	Cursor *string                           `json:"cursor,omitempty" cborgen:"cursor,omitempty"`
	Repos  []*SyncListReposByCollection_Repo `json:"repos" cborgen:"repos"`
}

// SyncListReposByCollection reproduces api/atproto/synclistReposByCollection.go (trimmed).
func SyncListReposByCollection(ctx context.Context, c *atclient.APIClient, collection string, cursor string, limit int64) (*SyncListReposByCollection_Output, error) {
	return &SyncListReposByCollection_Output{}, nil
}

// SyncSubscribeRepos_Commit reproduces api/atproto/syncsubscribeRepos.go (trimmed).
type SyncSubscribeRepos_Commit struct {
	Repo     string  `json:"repo" cborgen:"repo"`
	Rev      string  `json:"rev" cborgen:"rev"`
	Seq      int64   `json:"seq" cborgen:"seq"`
	Since    *string `json:"since" cborgen:"since"`
	PrevData *string `json:"prevData,omitempty" cborgen:"prevData,omitempty"`
}

// SyncSubscribeRepos_Sync reproduces api/atproto/syncsubscribeRepos.go (trimmed).
type SyncSubscribeRepos_Sync struct {
	Did string `json:"did" cborgen:"did"`
	Rev string `json:"rev" cborgen:"rev"`
	Seq int64  `json:"seq" cborgen:"seq"`
}

// SyncSubscribeRepos_Identity reproduces api/atproto/syncsubscribeRepos.go (trimmed).
type SyncSubscribeRepos_Identity struct {
	Did    string  `json:"did" cborgen:"did"`
	Handle *string `json:"handle,omitempty" cborgen:"handle,omitempty"`
	Seq    int64   `json:"seq" cborgen:"seq"`
	Time   string  `json:"time" cborgen:"time"`
}

// SyncSubscribeRepos_Account reproduces api/atproto/syncsubscribeRepos.go (trimmed).
type SyncSubscribeRepos_Account struct {
	Active bool    `json:"active" cborgen:"active"`
	Did    string  `json:"did" cborgen:"did"`
	Seq    int64   `json:"seq" cborgen:"seq"`
	Status *string `json:"status,omitempty" cborgen:"status,omitempty"`
	Time   string  `json:"time" cborgen:"time"`
}
