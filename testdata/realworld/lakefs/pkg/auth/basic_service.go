package auth

import (
	"context"
	"errors"
	"fmt"

	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/pkg/logging"
	"example.com/realworld/lakefs/third_party/protobuf/proto"
)

const (
	BasicPartitionKey     = "basicAuth"
	SuperAdminKey         = "superAdmin"
	MaxUsers              = 1
	MaxCredentialsPerUser = 1
	InvalidUserID         = ""
)

// BasicAuthService is the single-user auth service over kv (reduced: the
// LRU cache around getUser and the credentials methods are trimmed).
type BasicAuthService struct {
	store kv.Store
	log   logging.Logger
}

func NewBasicAuthService(store kv.Store, logger logging.Logger) *BasicAuthService {
	logger.Info("initialized Auth service")
	return &BasicAuthService{
		store: store,
		log:   logger,
	}
}

func (s *BasicAuthService) IsAdvancedAuth() bool {
	return false
}

// Migrate tries to perform migration of existing lakeFS server to basic auth
func (s *BasicAuthService) Migrate(ctx context.Context) (string, error) {
	_, err := s.getUser(ctx)         // safe: runs once at server start (NewAuthService, before the API is served); the create is INSERT ... ON CONFLICT DO NOTHING on the one key users/superAdmin
	if errors.Is(err, ErrNotFound) { // lakeFS server previously initialized and no admin user - this is a migration
		users, err := s.listUserForMigration(ctx)
		if err != nil {
			return "", err
		}

		switch len(users) {
		case 0: // No users configured - not probable but can happen
			return "", fmt.Errorf("no users configured: %w", ErrMigrationNotPossible)
		case 1: // Can try and proceed with single user migration
			user := users[0]
			// trimmed: importUserCredentials (:68) copies the user's one credential first
			// After we added the credentials, add the user
			username, err := s.CreateUser(ctx, user)
			return username, err
		default: // If more than one user defined in system - user must run migration manually
			return "", fmt.Errorf("too many users: %w", ErrMigrationNotPossible)
		}
	}
	return "", err
}

func (s *BasicAuthService) listUserForMigration(ctx context.Context) ([]*model.User, error) {
	usersKey := model.UserPath("")
	// Using old partition key to get users from pre-basic auth installation
	entries, err := s.store.Scan(ctx, []byte(model.PartitionKey), kv.ScanOptions{KeyStart: usersKey, BatchSize: MaxUsers + 1})
	if err != nil {
		return nil, fmt.Errorf("create iterator: %w", err)
	}
	users := make([]*model.User, 0, len(entries))
	for _, e := range entries {
		m := model.UserData{}
		if err := proto.Unmarshal(e.Value, &m); err != nil {
			return nil, fmt.Errorf("iterate users: %w", err)
		}
		users = append(users, model.UserFromProto(&m))
	}
	return users, nil
}

func (s *BasicAuthService) GetUser(ctx context.Context, username string) (*model.User, error) {
	user, err := s.getUser(ctx)
	if err != nil {
		return nil, err
	}
	// After fetching SuperAdmin, verify equals to the username requested
	if user.Username != username {
		return nil, kv.ErrNotFound
	}
	return user, nil
}

// getUser - returns the only existing user in DB
func (s *BasicAuthService) getUser(ctx context.Context) (*model.User, error) {
	// Single user, always stored under this key!
	userKey := model.UserPath(SuperAdminKey)
	m := model.UserData{}
	_, err := kv.GetMsg(ctx, s.store, BasicPartitionKey, userKey, &m)
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			err = ErrNotFound
		}
		return nil, fmt.Errorf("%s: %w", userKey, err)
	}

	user := model.UserFromProto(&m)
	return user, nil
}

func (s *BasicAuthService) CreateUser(ctx context.Context, user *model.User) (string, error) {
	if err := model.ValidateAuthEntityID(user.Username); err != nil {
		return InvalidUserID, err
	}
	userKey := model.UserPath(SuperAdminKey)

	err := kv.SetMsgIf(ctx, s.store, BasicPartitionKey, userKey, model.ProtoFromUser(user), nil)
	if err != nil {
		if errors.Is(err, kv.ErrPredicateFailed) {
			err = ErrAlreadyExists
		}
		return "", fmt.Errorf("failed to create user (%s): %w", user.Username, err)
	}
	return user.Username, err
}
