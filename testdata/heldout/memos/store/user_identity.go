package store

import "context"

// UserIdentity reproduces store/user_identity.go:8.
// UserIdentity is the linkage between an external identity subject and a local user.
// Uniqueness is enforced on (Provider, ExternUID); one local user may have multiple
// identities across different providers.
type UserIdentity struct {
	ID        int32
	UserID    int32
	Provider  string
	ExternUID string
	CreatedTs int64
	UpdatedTs int64
}

// FindUserIdentity reproduces store/user_identity.go:18.
// FindUserIdentity is used to filter user identities in list/get queries.
type FindUserIdentity struct {
	ID        *int32
	UserID    *int32
	Provider  *string
	ExternUID *string
}

// CreateUserIdentity reproduces store/user_identity.go:35.
// CreateUserIdentity creates a new external-identity linkage record.
// Returns the driver error on unique-constraint violation; callers are responsible
// for reconciling concurrent first-login races on (Provider, ExternUID).
func (s *Store) CreateUserIdentity(ctx context.Context, create *UserIdentity) (*UserIdentity, error) {
	return s.driver.CreateUserIdentity(ctx, create)
}

// CreateUserWithIdentity reproduces store/user_identity.go:41.
// CreateUserWithIdentity atomically creates a local user and its external identity
// linkage, returning the created user.
func (s *Store) CreateUserWithIdentity(ctx context.Context, createUser *User, createIdentity *UserIdentity) (*User, error) {
	user, err := s.driver.CreateUserWithIdentity(ctx, createUser, createIdentity)
	if err != nil {
		return nil, err
	}
	s.userCache.Set(ctx, userCacheKey(user.ID), user)
	return user, nil
}

// ListUserIdentities reproduces store/user_identity.go:51.
// ListUserIdentities returns all linkage records matching the filter.
func (s *Store) ListUserIdentities(ctx context.Context, find *FindUserIdentity) ([]*UserIdentity, error) {
	return s.driver.ListUserIdentities(ctx, find)
}

// GetUserIdentity reproduces store/user_identity.go:61.
// GetUserIdentity returns the first linkage record matching the filter, or nil if none found.
func (s *Store) GetUserIdentity(ctx context.Context, find *FindUserIdentity) (*UserIdentity, error) {
	list, err := s.ListUserIdentities(ctx, find)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list[0], nil
}
