// Package acl reproduces lakeFS contrib/auth/acl (trimmed): the ACL auth
// server's auth.Service over kv. A lakeFS server configured with the ACL
// server reaches these methods through APIAuthService over HTTP; the ACL
// server's own startup (setup.go) and controller call them directly.
package acl

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/realworld/lakefs/pkg/auth"
	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/third_party/protobuf/proto"
)

const ServerPartitionKey = "aclauth"

type AuthService struct {
	store kv.Store
}

func NewAuthService(store kv.Store) *AuthService {
	return &AuthService{
		store: store,
	}
}

func (s *AuthService) IsAdvancedAuth() bool {
	return false
}

func (s *AuthService) CreateUser(ctx context.Context, user *model.User) (string, error) {
	if err := model.ValidateAuthEntityID(user.Username); err != nil {
		return auth.InvalidUserID, err
	}
	userKey := model.UserPath(user.Username)

	err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, userKey, model.ProtoFromUser(user), nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = auth.ErrAlreadyExists
		}
		return "", fmt.Errorf("save user (auth.UserKey %s): %w", userKey, err)
	}
	return user.Username, err
}

func (s *AuthService) DeleteUser(ctx context.Context, username string) error {
	if _, err := s.GetUser(ctx, username); err != nil {
		return err
	}
	userPath := model.UserPath(username)
	// trimmed: detaching the user's policies and groups
	err := s.store.Delete(ctx, []byte(model.PartitionKey), userPath)
	if err != nil {
		return fmt.Errorf("delete user (auth.UserKey %s): %w", userPath, err)
	}
	return err
}

type UserPredicate func(u *model.UserData) bool

// getUserByPredicate scans the users (upstream: kv.NewPrimaryIterator over
// the "users/" prefix, behind the LRU cache).
func (s *AuthService) getUserByPredicate(ctx context.Context, predicate UserPredicate) (*model.User, error) {
	entries, err := s.store.Scan(ctx, []byte(model.PartitionKey), kv.ScanOptions{KeyStart: model.UserPath("")})
	if err != nil {
		return nil, fmt.Errorf("scan users: %w", err)
	}
	for _, entry := range entries {
		value := &model.UserData{}
		if err := proto.Unmarshal(entry.Value, value); err != nil {
			return nil, fmt.Errorf("failed to cast: %w", err)
		}
		if predicate(value) {
			return model.UserFromProto(value), nil
		}
	}
	return nil, auth.ErrNotFound
}

func (s *AuthService) GetUser(ctx context.Context, username string) (*model.User, error) {
	userKey := model.UserPath(username)
	m := model.UserData{}
	_, err := kv.GetMsg(ctx, s.store, model.PartitionKey, userKey, &m)
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			err = auth.ErrNotFound
		}
		return nil, fmt.Errorf("%s: %w", username, err)
	}
	return model.UserFromProto(&m), nil
}

func (s *AuthService) GetUserByExternalID(ctx context.Context, externalID string) (*model.User, error) {
	return s.getUserByPredicate(ctx, func(value *model.UserData) bool {
		return value.ExternalId == externalID
	})
}

func (s *AuthService) UpdateUserFriendlyName(_ context.Context, _ string, _ string) error {
	return auth.ErrNotImplemented
}

func (s *AuthService) CreateGroup(ctx context.Context, group *model.Group) (*model.Group, error) {
	if err := model.ValidateAuthEntityID(group.DisplayName); err != nil {
		return nil, err
	}

	groupKey := model.GroupPath(group.DisplayName)
	err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, groupKey, model.ProtoFromGroup(group), nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = auth.ErrAlreadyExists
		}
		return nil, fmt.Errorf("save group (groupKey %s): %w", groupKey, err)
	}
	retGroup := &model.Group{
		ID:          group.DisplayName,
		DisplayName: group.DisplayName,
		Description: group.Description,
		CreatedAt:   group.CreatedAt,
	}
	return retGroup, nil
}

func (s *AuthService) GetGroup(ctx context.Context, groupID string) (*model.Group, error) {
	groupKey := model.GroupPath(groupID)
	m := model.GroupData{}
	_, err := kv.GetMsg(ctx, s.store, model.PartitionKey, groupKey, &m)
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			err = auth.ErrNotFound
		}
		return nil, fmt.Errorf("%s: %w", groupID, err)
	}
	return model.GroupFromProto(&m), nil
}

// SecondaryIndex stands in for kv.SecondaryIndex (pkg/kv/secondary_index.pb.go).
type SecondaryIndex struct {
	PrimaryKey []byte
}

func (s *AuthService) AddUserToGroup(ctx context.Context, username, groupDisplayName string) error {
	if _, err := s.GetUser(ctx, username); err != nil {
		return err
	}
	if _, err := s.GetGroup(ctx, groupDisplayName); err != nil {
		return err
	}

	userKey := model.UserPath(username)
	gu := model.GroupUserPath(groupDisplayName, username)
	err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, gu, &SecondaryIndex{PrimaryKey: userKey}, nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = auth.ErrAlreadyExists
		}
		return fmt.Errorf("add user to group: (key %s): %w", gu, err)
	}
	return nil
}

func (s *AuthService) WritePolicy(ctx context.Context, policy *model.Policy, update bool) error {
	policyKey := model.PolicyPath(policy.DisplayName)
	m := model.ProtoFromPolicy(policy)

	if update { // update policy only if it already exists
		err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, policyKey, m, kv.PrecondConditionalExists)
		if err != nil {
			if errors.Is(err, kv.ErrPredicateFailed) {
				err = auth.ErrNotFound
			}
			return err
		}
		return nil
	}

	// create policy only if it does not exist
	err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, policyKey, m, nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = auth.ErrAlreadyExists
		}
		return err
	}
	return nil
}

func (s *AuthService) GetPolicy(ctx context.Context, policyDisplayName string) (*model.Policy, error) {
	policyKey := model.PolicyPath(policyDisplayName)
	p := model.PolicyData{}
	_, err := kv.GetMsg(ctx, s.store, model.PartitionKey, policyKey, &p)
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			err = auth.ErrNotFound
		}
		return nil, fmt.Errorf("%s: %w", policyDisplayName, err)
	}
	return model.PolicyFromProto(&p), nil
}

func (s *AuthService) CreateCredentials(ctx context.Context, username string) (*model.Credential, error) {
	return nil, auth.ErrNotImplemented // trimmed: keys.GenAccessKeyID + AddCredentials
}

func (s *AuthService) AddCredentials(_ context.Context, _, _, _ string) (*model.Credential, error) {
	return nil, auth.ErrNotImplemented // trimmed
}

func (s *AuthService) AttachPolicyToGroup(ctx context.Context, policyDisplayName, groupDisplayName string) error {
	if _, err := s.GetGroup(ctx, groupDisplayName); err != nil {
		return err
	}
	if _, err := s.GetPolicy(ctx, policyDisplayName); err != nil {
		return err
	}

	policyKey := model.PolicyPath(policyDisplayName)
	pg := model.GroupPolicyPath(groupDisplayName, policyDisplayName)

	err := kv.SetMsgIf(ctx, s.store, model.PartitionKey, pg, &SecondaryIndex{PrimaryKey: policyKey}, nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = auth.ErrAlreadyExists
		}
		return fmt.Errorf("policy attachment to group: (key %s): %w", pg, err)
	}
	return nil
}

func (s *AuthService) DetachPolicyFromGroup(ctx context.Context, policyDisplayName, groupDisplayName string) error {
	pg := model.GroupPolicyPath(groupDisplayName, policyDisplayName)
	err := s.store.Delete(ctx, []byte(model.PartitionKey), pg)
	if err != nil {
		return fmt.Errorf("policy detachment to group: (key %s): %w", pg, err)
	}
	return nil
}

func (s *AuthService) ListGroupPolicies(_ context.Context, _ string, _ *model.PaginationParams) ([]*model.Policy, *model.Paginator, error) {
	return nil, &model.Paginator{}, nil // trimmed: secondary-index scan of gPolicies/<group>/policies/
}

func (s *AuthService) getSetupTimestamp(ctx context.Context) (time.Time, error) {
	// Try with model.PartitionKey first
	ts, err := s.getTimestampFromPartition(ctx, model.PartitionKey)
	if err == nil {
		return ts, nil
	}
	if !errors.Is(err, kv.ErrNotFound) {
		return time.Time{}, err
	}

	// Fallback to ServerPartitionKey for backward compatibility
	return s.getTimestampFromPartition(ctx, ServerPartitionKey)
}

func (s *AuthService) getTimestampFromPartition(ctx context.Context, partition string) (time.Time, error) {
	valWithPred, err := s.store.Get(ctx, []byte(partition), []byte(model.MetadataKeyPath(auth.SetupTimestampKeyName)))
	if err != nil {
		return time.Time{}, err
	}
	return time.Parse(time.RFC3339, string(valWithPred.Value))
}

func (s *AuthService) updateSetupTimestamp(ctx context.Context, ts time.Time) error {
	// Only write to model.PartitionKey as getSetupTimestamp has fallback for backward compatibility
	return s.store.SetIf(ctx, []byte(model.PartitionKey), []byte(model.MetadataKeyPath(auth.SetupTimestampKeyName)), []byte(ts.UTC().Format(time.RFC3339)), nil)
}
