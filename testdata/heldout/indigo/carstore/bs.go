// Package carstore reproduces, trimmed, indigo carstore (repo block storage;
// here only the non-archival store's commit-ref row in gorm).
package carstore

import (
	"context"
	"fmt"

	"example.com/heldout/indigo/models"
	// stand-in for github.com/ipfs/go-cid
	"example.com/heldout/indigo/pkg/go-cid"
)

// CarStore reproduces carstore/bs.go:47 (trimmed to the methods used here).
type CarStore interface {
	GetUserRepoHead(ctx context.Context, user models.Uid) (cid.Cid, error)
	GetUserRepoRev(ctx context.Context, user models.Uid) (string, error)
	NewDeltaSession(ctx context.Context, user models.Uid, since *string) (*DeltaSession, error)
}

// DeltaSession reproduces carstore/bs.go:291 (trimmed: blocks are kept as
// raw bytes, the base blockstore view is dropped).
type DeltaSession struct {
	blks     map[cid.Cid][]byte
	rmcids   map[cid.Cid]bool
	user     models.Uid
	baseCid  cid.Cid
	seq      int
	readonly bool
	cs       shardWriter
	lastRev  string
}

// ErrRepoBaseMismatch reproduces carstore/bs.go:319.
var ErrRepoBaseMismatch = fmt.Errorf("attempted a delta session on top of the wrong previous head")

// CloseWithRoot writes all new blocks in a car file to the writer with the
// given cid as the 'root'
//
// CloseWithRoot reproduces carstore/bs.go:576.
func (ds *DeltaSession) CloseWithRoot(ctx context.Context, root cid.Cid, rev string) ([]byte, error) {
	if ds.readonly {
		return nil, fmt.Errorf("cannot write to readonly deltaSession")
	}

	return ds.cs.writeNewShard(ctx, root, rev, ds.user, ds.seq, ds.blks, ds.rmcids)
}

// shardWriter.writeNewShard called from inside DeltaSession.CloseWithRoot
//
// shardWriter reproduces carstore/bs.go:606.
type shardWriter interface {
	// writeNewShard stores blocks in `blks` arg and creates a new shard to propagate out to our firehose
	writeNewShard(ctx context.Context, root cid.Cid, rev string, user models.Uid, seq int, blks map[cid.Cid][]byte, rmcids map[cid.Cid]bool) ([]byte, error)
}
