// Package ref reproduces lakeFS pkg/graveler/ref/manager.go (trimmed): the
// kv-backed RefManager. The batch executor around the branch/tag reads and the
// repository/commit caches are dropped.
package ref

import (
	"context"
	"errors"

	"example.com/realworld/lakefs/pkg/graveler"
	"example.com/realworld/lakefs/pkg/kv"
)

type Manager struct {
	kvStore kv.Store
}

func NewRefManager(store kv.Store) *Manager {
	return &Manager{kvStore: store}
}

// RepoMetadata, BranchData, TagData stand in for the generated protobuf messages.
type RepoMetadata struct {
	Metadata map[string]string
}

type BranchData struct {
	Id           string
	CommitId     string
	StagingToken string
	SealedTokens []string
	Hidden       bool
}

type TagData struct {
	Id       string
	CommitId string
}

func protoFromBranch(branchID graveler.BranchID, b *graveler.Branch) *BranchData {
	sealed := make([]string, 0, len(b.SealedTokens))
	for _, t := range b.SealedTokens {
		sealed = append(sealed, t.String())
	}
	return &BranchData{Id: branchID.String(), CommitId: b.CommitID.String(), StagingToken: b.StagingToken.String(), SealedTokens: sealed, Hidden: b.Hidden}
}

func BranchFromProto(pb *BranchData) *graveler.Branch {
	sealed := make([]graveler.StagingToken, 0, len(pb.SealedTokens))
	for _, t := range pb.SealedTokens {
		sealed = append(sealed, graveler.StagingToken(t))
	}
	return &graveler.Branch{CommitID: graveler.CommitID(pb.CommitId), StagingToken: graveler.StagingToken(pb.StagingToken), SealedTokens: sealed, Hidden: pb.Hidden}
}

func (m *Manager) getRepositoryMetadata(ctx context.Context, repo *graveler.RepositoryRecord) (graveler.RepositoryMetadata, kv.Predicate, error) {
	data := RepoMetadata{}
	pred, err := kv.GetMsg(ctx, m.kvStore, graveler.RepoPartition(repo), []byte(graveler.RepoMetadataPath()), &data)
	if err != nil {
		return nil, nil, err
	}
	return data.Metadata, pred, nil
}

func (m *Manager) SetRepositoryMetadata(ctx context.Context, repo *graveler.RepositoryRecord, updateFunc graveler.RepoMetadataUpdateFunc) error {
	metadata, pred, err := m.getRepositoryMetadata(ctx, repo) // race
	if errors.Is(err, kv.ErrNotFound) {                       // Create new metadata map and set predicate to nil for setIf not exists
		metadata = graveler.RepositoryMetadata{}
		pred = nil
	} else if err != nil {
		return err
	}

	newMetadata, err := updateFunc(metadata)
	// return on error or nothing to update
	if err != nil || newMetadata == nil {
		return err
	}
	return kv.SetMsgIf(ctx, m.kvStore, graveler.RepoPartition(repo), []byte(graveler.RepoMetadataPath()), &RepoMetadata{Metadata: newMetadata}, pred)
}

func (m *Manager) getBranchWithPredicate(ctx context.Context, repository *graveler.RepositoryRecord, branchID graveler.BranchID) (*graveler.Branch, kv.Predicate, error) {
	key := graveler.BranchPath(branchID)
	data := BranchData{}
	pred, err := kv.GetMsg(ctx, m.kvStore, graveler.RepoPartition(repository), []byte(key), &data)
	if errors.Is(err, kv.ErrNotFound) {
		err = graveler.ErrBranchNotFound
	}
	if err != nil {
		return nil, nil, err
	}
	return BranchFromProto(&data), pred, nil
}

func (m *Manager) GetBranch(ctx context.Context, repository *graveler.RepositoryRecord, branchID graveler.BranchID) (*graveler.Branch, error) {
	branch, _, err := m.getBranchWithPredicate(ctx, repository, branchID)
	return branch, err
}

func (m *Manager) createBranch(ctx context.Context, repositoryPartition string, branchID graveler.BranchID, branch graveler.Branch) error {
	err := kv.SetMsgIf(ctx, m.kvStore, repositoryPartition, []byte(graveler.BranchPath(branchID)), protoFromBranch(branchID, &branch), nil)
	if errors.Is(err, kv.ErrPredicateFailed) {
		err = graveler.ErrBranchExists
	}
	return err
}

func (m *Manager) CreateBranch(ctx context.Context, repository *graveler.RepositoryRecord, branchID graveler.BranchID, branch graveler.Branch) error {
	return m.createBranch(ctx, graveler.RepoPartition(repository), branchID, branch)
}

func (m *Manager) GetTag(ctx context.Context, repository *graveler.RepositoryRecord, tagID graveler.TagID) (*graveler.CommitID, error) {
	tagKey := graveler.TagPath(tagID)
	t := TagData{}
	_, err := kv.GetMsg(ctx, m.kvStore, graveler.RepoPartition(repository), []byte(tagKey), &t)
	if errors.Is(err, kv.ErrNotFound) {
		err = graveler.ErrTagNotFound
	}
	if err != nil {
		return nil, err
	}
	commitID := graveler.CommitID(t.CommitId)
	return &commitID, nil
}

func (m *Manager) CreateTag(ctx context.Context, repository *graveler.RepositoryRecord, tagID graveler.TagID, commitID graveler.CommitID) error {
	t := &TagData{
		Id:       tagID.String(),
		CommitId: commitID.String(),
	}
	tagKey := graveler.TagPath(tagID)
	err := kv.SetMsgIf(ctx, m.kvStore, graveler.RepoPartition(repository), []byte(tagKey), t, nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = graveler.ErrTagAlreadyExists
		}
		return err
	}
	return nil
}
