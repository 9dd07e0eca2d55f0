package store

import "context"

// MemoShare reproduces store/memo_share.go:6.
// MemoShare is an access grant that permits read-only access to a memo via a bearer token.
type MemoShare struct {
	ID        int32
	UID       string
	MemoID    int32
	CreatorID int32
	CreatedTs int64
	ExpiresTs *int64 // nil means the share never expires
}

// CreateMemoShare reproduces store/memo_share.go:30.
// CreateMemoShare creates a new share grant.
func (s *Store) CreateMemoShare(ctx context.Context, create *MemoShare) (*MemoShare, error) {
	return s.driver.CreateMemoShare(ctx, create)
}
