// Package graveler reproduces the parts of lakeFS pkg/graveler
// (graveler.go, model.go, errors.go) that the catalogued sites use: the
// repository/branch/tag records, their kv partitions and keys, and the
// Graveler methods that look up before they create.
package graveler

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/realworld/lakefs/pkg/kv"
	"github.com/google/uuid"
)

var (
	ErrNotFound             = errors.New("not found")
	ErrNotUnique            = errors.New("not unique")
	ErrPreconditionFailed   = errors.New("precondition failed")
	ErrRepositoryNotFound   = fmt.Errorf("repository %w", ErrNotFound)
	ErrBranchNotFound       = fmt.Errorf("branch %w", ErrNotFound)
	ErrTagNotFound          = fmt.Errorf("tag %w", ErrNotFound)
	ErrBranchExists         = fmt.Errorf("branch already exists: %w", ErrNotUnique)
	ErrTagAlreadyExists     = fmt.Errorf("tag already exists: %w", ErrNotUnique)
	ErrReadOnlyRepository   = errors.New("read-only repository")
	ErrSkipValueUpdate      = errors.New("skip value update")
	ErrCreateBranchNoCommit = errors.New("can't create a branch from the working area of a branch")
)

const (
	gravelerPartition  = "graveler"
	reposPrefix        = "repos"
	tagsPrefix         = "tags"
	branchesPrefix     = "branches"
	repoMetadataPrefix = "repo-metadata"
)

type (
	RepositoryID     string
	BranchID         string
	TagID            string
	CommitID         string
	StagingToken     string
	Ref              string
	Key              []byte
	StorageID        string
	StorageNamespace string
)

func (id RepositoryID) String() string { return string(id) }
func (id BranchID) String() string     { return string(id) }
func (id TagID) String() string        { return string(id) }
func (id CommitID) String() string     { return string(id) }
func (id CommitID) Ref() Ref           { return Ref(id) }
func (t StagingToken) String() string  { return string(t) }

type Repository struct {
	StorageID        StorageID
	StorageNamespace StorageNamespace
	CreationDate     time.Time
	DefaultBranchID  BranchID
	State            int32
	InstanceUID      string
	ReadOnly         bool
}

type RepositoryRecord struct {
	RepositoryID RepositoryID `json:"repository_id"`
	*Repository
}

// RepositoryMetadata is the user metadata of a repository (kv key "repo-metadata" in the repository partition).
type RepositoryMetadata map[string]string

// RepoMetadataUpdateFunc returns the new metadata; nil means nothing to update.
type RepoMetadataUpdateFunc func(metadata RepositoryMetadata) (RepositoryMetadata, error)

type Branch struct {
	CommitID     CommitID
	StagingToken StagingToken
	SealedTokens []StagingToken
	Hidden       bool
}

type Value struct {
	Identity []byte
	Data     []byte
}

// ValueUpdateFunc is a function that receives the current value and returns the new value.
type ValueUpdateFunc func(*Value) (*Value, error)

type SetOptions struct {
	Force  bool
	Hidden bool
}

type SetOptionsFunc func(opts *SetOptions)

func NewSetOptions(opts []SetOptionsFunc) *SetOptions {
	options := &SetOptions{}
	for _, opt := range opts {
		opt(options)
	}
	return options
}

func RepoPath(repoID RepositoryID) string {
	return kv.FormatPath(reposPrefix, repoID.String())
}

// RepositoriesPartition - The common partition under which all repositories exist
func RepositoriesPartition() string {
	return gravelerPartition
}

// RepoPartition - The partition under which all the repository's entities (branched, commits, tags)
func RepoPartition(repo *RepositoryRecord) string {
	return fmt.Sprintf("%s-%s", repo.RepositoryID.String(), repo.InstanceUID)
}

func StagingTokenPartition(token StagingToken) string {
	return token.String()
}

func TagPath(tagID TagID) string {
	return kv.FormatPath(tagsPrefix, tagID.String())
}

func BranchPath(branchID BranchID) string {
	return kv.FormatPath(branchesPrefix, branchID.String())
}

func RepoMetadataPath() string {
	return repoMetadataPrefix
}

func GenerateStagingToken(repositoryID RepositoryID, branchID BranchID) StagingToken {
	uid := uuid.New().String()
	return StagingToken(fmt.Sprintf("%s-%s:%s", repositoryID, branchID, uid))
}

// RefManager is the subset of graveler.RefManager (graveler.go:~940) used here.
type RefManager interface {
	GetBranch(ctx context.Context, repository *RepositoryRecord, branchID BranchID) (*Branch, error)
	CreateBranch(ctx context.Context, repository *RepositoryRecord, branchID BranchID, branch Branch) error
	GetTag(ctx context.Context, repository *RepositoryRecord, tagID TagID) (*CommitID, error)
	CreateTag(ctx context.Context, repository *RepositoryRecord, tagID TagID, commitID CommitID) error
	SetRepositoryMetadata(ctx context.Context, repository *RepositoryRecord, updateFunc RepoMetadataUpdateFunc) error
}

type ResolvedRef struct {
	CommitID CommitID
}

type Graveler struct {
	RefManager RefManager
	// trimmed: CommittedManager, StagingManager, hooks, protectedBranchesManager, ...
}

func NewGraveler(refManager RefManager) *Graveler {
	return &Graveler{RefManager: refManager}
}

// Dereference is reduced: the ref is taken as a commit ID.
func (g *Graveler) Dereference(_ context.Context, _ *RepositoryRecord, ref Ref) (*ResolvedRef, error) {
	return &ResolvedRef{CommitID: CommitID(ref)}, nil
}

func (g *Graveler) SetRepositoryMetadata(ctx context.Context, repository *RepositoryRecord, updateFunc RepoMetadataUpdateFunc) error {
	return g.RefManager.SetRepositoryMetadata(ctx, repository, updateFunc)
}

func (g *Graveler) CreateBranch(ctx context.Context, repository *RepositoryRecord, branchID BranchID, ref Ref, opts ...SetOptionsFunc) (*Branch, error) {
	options := NewSetOptions(opts)
	if repository.ReadOnly && !options.Force {
		return nil, ErrReadOnlyRepository
	}
	reference, err := g.Dereference(ctx, repository, ref)
	if err != nil {
		return nil, fmt.Errorf("source reference '%s': %w", ref, err)
	}

	_, err = g.RefManager.GetBranch(ctx, repository, branchID) // safe: the create is INSERT ... ON CONFLICT DO NOTHING and its conflict is mapped to the same ErrBranchExists (409) the found path returns
	if err == nil {
		return nil, ErrBranchExists
	}
	if !errors.Is(err, ErrBranchNotFound) {
		return nil, err
	}

	newBranch := Branch{
		CommitID:     reference.CommitID,
		StagingToken: GenerateStagingToken(repository.RepositoryID, branchID),
		SealedTokens: make([]StagingToken, 0),
		Hidden:       options.Hidden,
	}
	// trimmed: PreCreateBranchHook (:1372), run before the create by every caller that passed the lookup

	err = g.RefManager.CreateBranch(ctx, repository, branchID, newBranch)
	if err != nil {
		return nil, fmt.Errorf("set branch '%s' to '%v': %w", branchID, newBranch, err)
	}
	// trimmed: PostCreateBranchHook
	return &newBranch, nil
}

func (g *Graveler) CreateTag(ctx context.Context, repository *RepositoryRecord, tagID TagID, commitID CommitID, opts ...SetOptionsFunc) error {
	options := NewSetOptions(opts)
	if repository.ReadOnly && !options.Force {
		return ErrReadOnlyRepository
	}

	// Check that Tag doesn't exist before running hook - Non-Atomic operation
	_, err := g.RefManager.GetTag(ctx, repository, tagID) // safe: the create is INSERT ... ON CONFLICT DO NOTHING and its conflict is mapped to the same ErrTagAlreadyExists (409) the found path returns
	if err == nil {
		return ErrTagAlreadyExists
	}
	if !errors.Is(err, ErrTagNotFound) {
		return err
	}

	// trimmed: PreCreateTagHook (:1521)

	err = g.RefManager.CreateTag(ctx, repository, tagID, commitID)
	if err != nil {
		return err
	}
	// trimmed: PostCreateTagHook
	return nil
}
