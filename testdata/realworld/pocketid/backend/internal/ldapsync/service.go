// Package ldapsync reproduces pocket-id/pocket-id d258d952b157 backend/internal/ldapsync.
package ldapsync

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path"

	"gorm.io/gorm"

	"example.com/realworld/pocketid/backend/internal/appconfig"
	"example.com/realworld/pocketid/backend/internal/apperror"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
	"example.com/realworld/pocketid/backend/internal/storage"
)

// Service is backend/internal/ldapsync/service.go:33.
// Service performs the actual LDAP synchronization
// It is deliberately free of any actor concern: the sync actor only decides when a sync runs, while the reconciliation logic lives here and is called directly by the manual "sync now" endpoint too
type Service struct {
	db            *gorm.DB
	users         UserSyncer
	groups        GroupSyncer
	fileStorage   storage.FileStorage
	clientFactory func(dbConfig *appconfig.AppConfigModel) (ldapClient, error)
}

// savePicture is backend/internal/ldapsync/service.go:43.
type savePicture struct {
	userID   string
	username string
	picture  string
}

// ldapDesiredUser is backend/internal/ldapsync/service.go:49.
type ldapDesiredUser struct {
	ldapID  string
	input   dto.UserCreateDto
	picture string
}

// ldapDesiredGroup is backend/internal/ldapsync/service.go:55.
type ldapDesiredGroup struct {
	ldapID          string
	input           dto.UserGroupCreateDto
	memberUsernames []string
}

// ldapDesiredState is backend/internal/ldapsync/service.go:61.
type ldapDesiredState struct {
	users    []ldapDesiredUser
	userIDs  map[string]struct{}
	groups   []ldapDesiredGroup
	groupIDs map[string]struct{}
}

// ldapClient is backend/internal/ldapsync/service.go:68 (Search trimmed).
type ldapClient interface {
	Bind(username, password string) error
	Close() error
}

// newService is backend/internal/ldapsync/service.go:74.
func newService(deps Dependencies) *Service {
	service := &Service{
		db:          deps.DB,
		users:       deps.Users,
		groups:      deps.Groups,
		fileStorage: deps.FileStorage,
	}

	service.clientFactory = service.createClient
	return service
}

// createClient is backend/internal/ldapsync/service.go:88 (LDAP dial trimmed).
func (s *Service) createClient(dbConfig *appconfig.AppConfigModel) (ldapClient, error) {
	if !dbConfig.LdapEnabled.IsTrue() {
		return nil, fmt.Errorf("LDAP is disabled")
	}
	return nil, fmt.Errorf("LDAP client not available in this reproduction")
}

// SyncAll is backend/internal/ldapsync/service.go:110 (SCIM scheduling trimmed).
// SyncAll synchronizes LDAP using the provided application configuration
func (s *Service) SyncAll(ctx context.Context, dbConfig *appconfig.AppConfigModel) error {
	// Setup LDAP connection
	client, err := s.clientFactory(dbConfig)
	if err != nil {
		return fmt.Errorf("failed to create LDAP client: %w", err)
	}
	defer client.Close()

	// First, we fetch all users and group from LDAP, which is our "desired state"
	desiredState, err := s.fetchDesiredState(ctx, client, dbConfig)
	if err != nil {
		return fmt.Errorf("failed to fetch LDAP state: %w", err)
	}

	// Start a transaction
	tx := s.db.WithContext(ctx).Begin()
	if tx.Error != nil {
		return fmt.Errorf("failed to begin database transaction: %w", tx.Error)
	}
	defer tx.Rollback()

	// Reconcile users
	savePictures, deleteFiles, err := s.reconcileUsers(ctx, tx, desiredState.users, desiredState.userIDs, dbConfig)
	if err != nil {
		return fmt.Errorf("failed to sync users: %w", err)
	}

	// Reconcile groups
	err = s.reconcileGroups(ctx, tx, desiredState.groups, desiredState.groupIDs, dbConfig)
	if err != nil {
		return fmt.Errorf("failed to sync groups: %w", err)
	}

	// Commit the changes
	err = tx.Commit().Error
	if err != nil {
		return fmt.Errorf("failed to commit changes to database: %w", err)
	}

	// Now that we've committed the transaction, we can perform operations on the storage layer
	// First, save all new pictures
	for _, sp := range savePictures {
		err = s.saveProfilePicture(ctx, sp.userID, sp.picture)
		if err != nil {
			// This is not a fatal error
			slog.Warn("Error saving profile picture for LDAP user", slog.String("username", sp.username), slog.Any("error", err))
		}
	}

	// Delete all old files
	for _, path := range deleteFiles {
		err = s.fileStorage.Delete(ctx, path)
		if err != nil {
			// This is not a fatal error
			slog.Error("Failed to delete file after LDAP sync", slog.String("path", path), slog.Any("error", err))
		}
	}

	return nil
}

// fetchDesiredState is backend/internal/ldapsync/service.go:176 (the LDAP
// searches and attribute mapping are trimmed).
func (s *Service) fetchDesiredState(ctx context.Context, client ldapClient, dbConfig *appconfig.AppConfigModel) (ldapDesiredState, error) {
	return ldapDesiredState{
		userIDs:  map[string]struct{}{},
		groupIDs: map[string]struct{}{},
	}, nil
}

// reconcileGroups is backend/internal/ldapsync/service.go:425.
func (s *Service) reconcileGroups(ctx context.Context, tx *gorm.DB, desiredGroups []ldapDesiredGroup, ldapGroupIDs map[string]struct{}, dbConfig *appconfig.AppConfigModel) error {
	// Load the current LDAP-managed state from the database
	ldapGroupsInDB, ldapGroupsByID, err := s.loadLDAPGroupsInDB(ctx, tx) // race
	if err != nil {
		return fmt.Errorf("failed to fetch groups from database: %w", err)
	}

	_, _, ldapUsersByUsername, err := s.loadLDAPUsersInDB(ctx, tx)
	if err != nil {
		return fmt.Errorf("failed to fetch users from database: %w", err)
	}

	// Apply creates and updates to match the desired LDAP group state
	for _, desiredGroup := range desiredGroups {
		memberUserIDs := make([]string, 0, len(desiredGroup.memberUsernames))
		for _, username := range desiredGroup.memberUsernames {
			databaseUser, exists := ldapUsersByUsername[username]
			if !exists {
				// The user collides with a non-LDAP user or was skipped during user sync, so we ignore it
				continue
			}

			memberUserIDs = append(memberUserIDs, databaseUser.ID)
		}

		databaseGroup := ldapGroupsByID[desiredGroup.ldapID]
		if databaseGroup.ID == "" {
			newGroup, err := s.groups.CreateInternal(ctx, desiredGroup.input, tx)
			if err != nil {
				return fmt.Errorf("failed to create group '%s': %w", desiredGroup.input.Name, err)
			}
			ldapGroupsByID[desiredGroup.ldapID] = newGroup

			_, err = s.groups.UpdateUsersInternal(ctx, newGroup.ID, memberUserIDs, tx)
			if err != nil {
				return fmt.Errorf("failed to sync users for group '%s': %w", desiredGroup.input.Name, err)
			}
			continue
		}

		_, err = s.groups.UpdateInternal(ctx, dbConfig, databaseGroup.ID, desiredGroup.input, true, tx)
		if err != nil {
			return fmt.Errorf("failed to update group '%s': %w", desiredGroup.input.Name, err)
		}

		_, err = s.groups.UpdateUsersInternal(ctx, databaseGroup.ID, memberUserIDs, tx)
		if err != nil {
			return fmt.Errorf("failed to sync users for group '%s': %w", desiredGroup.input.Name, err)
		}
	}

	// Delete groups that are no longer present in LDAP
	for _, group := range ldapGroupsInDB {
		if group.LdapID == nil {
			continue
		}

		if _, exists := ldapGroupIDs[*group.LdapID]; exists {
			continue
		}

		err = tx.
			WithContext(ctx).
			Delete(&model.UserGroup{}, "ldap_id = ?", *group.LdapID).
			Error
		if err != nil {
			return fmt.Errorf("failed to delete group '%s': %w", group.Name, err)
		}

		slog.Info("Deleted group", slog.String("group", group.Name))
	}

	return nil
}

// reconcileUsers is backend/internal/ldapsync/service.go:501.
//
//nolint:gocognit
func (s *Service) reconcileUsers(ctx context.Context, tx *gorm.DB, desiredUsers []ldapDesiredUser, ldapUserIDs map[string]struct{}, dbConfig *appconfig.AppConfigModel) (savePictures []savePicture, deleteFiles []string, err error) {
	// Load the current LDAP-managed state from the database
	ldapUsersInDB, ldapUsersByID, _, err := s.loadLDAPUsersInDB(ctx, tx) // race
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch users from database: %w", err)
	}

	// Apply creates and updates to match the desired LDAP user state
	savePictures = make([]savePicture, 0, len(desiredUsers))

	for _, desiredUser := range desiredUsers {
		databaseUser := ldapUsersByID[desiredUser.ldapID]

		// If a user is found (even if disabled), enable them since they're now back in LDAP.
		if databaseUser.ID != "" && databaseUser.Disabled {
			err = tx.
				WithContext(ctx).
				Model(&model.User{}).
				Where("id = ?", databaseUser.ID).
				Update("disabled", false).
				Error
			if err != nil {
				return nil, nil, fmt.Errorf("failed to enable user %s: %w", databaseUser.Username, err)
			}

			databaseUser.Disabled = false
			ldapUsersByID[desiredUser.ldapID] = databaseUser
		}

		userID := databaseUser.ID
		if databaseUser.ID == "" {
			createdUser, err := s.users.CreateUserInternal(ctx, dbConfig, desiredUser.input, true, tx)
			if apperror.IsCode(err, apperror.CodeAlreadyInUse) {
				slog.Warn("Skipping creating LDAP user", slog.String("username", desiredUser.input.Username), slog.Any("error", err))
				continue
			} else if err != nil {
				return nil, nil, fmt.Errorf("error creating user '%s': %w", desiredUser.input.Username, err)
			}

			userID = createdUser.ID
			ldapUsersByID[desiredUser.ldapID] = createdUser
		} else {
			_, err = s.users.UpdateUserInternal(ctx, dbConfig, databaseUser.ID, desiredUser.input, false, true, tx)
			if apperror.IsCode(err, apperror.CodeAlreadyInUse) {
				slog.Warn("Skipping updating LDAP user", slog.String("username", desiredUser.input.Username), slog.Any("error", err))
				continue
			} else if err != nil {
				return nil, nil, fmt.Errorf("error updating user '%s': %w", desiredUser.input.Username, err)
			}
		}

		if desiredUser.picture != "" {
			savePictures = append(savePictures, savePicture{
				userID:   userID,
				username: desiredUser.input.Username,
				picture:  desiredUser.picture,
			})
		}
	}

	// Disable or delete users that are no longer present in LDAP
	deleteFiles = make([]string, 0, len(ldapUsersInDB))
	for _, user := range ldapUsersInDB {
		if user.LdapID == nil {
			continue
		}

		if _, exists := ldapUserIDs[*user.LdapID]; exists {
			continue
		}

		if dbConfig.LdapSoftDeleteUsers.IsTrue() {
			err = s.users.DisableUserInternal(ctx, tx, user.ID)
			if err != nil {
				return nil, nil, fmt.Errorf("failed to disable user %s: %w", user.Username, err)
			}

			slog.Info("Disabled user", slog.String("username", user.Username))
			continue
		}

		err = s.users.DeleteUserInternal(ctx, dbConfig, tx, user.ID, true)
		if err != nil {
			return nil, nil, fmt.Errorf("failed to delete user %s: %w", user.Username, err)
		}

		slog.Info("Deleted user", slog.String("username", user.Username))
		deleteFiles = append(deleteFiles, path.Join("profile-pictures", user.ID+".png"))
	}

	return savePictures, deleteFiles, nil
}

// loadLDAPUsersInDB is backend/internal/ldapsync/service.go:597.
func (s *Service) loadLDAPUsersInDB(ctx context.Context, tx *gorm.DB) (users []model.User, byLdapID map[string]model.User, byUsername map[string]model.User, err error) {
	// Load all LDAP-managed users and index them by LDAP ID and by username
	err = tx.
		WithContext(ctx).
		Select("id, username, ldap_id, disabled").
		Where("ldap_id IS NOT NULL").
		Find(&users).
		Error
	if err != nil {
		return nil, nil, nil, err
	}

	byLdapID = make(map[string]model.User, len(users))
	byUsername = make(map[string]model.User, len(users))
	for _, user := range users {
		byLdapID[*user.LdapID] = user
		byUsername[user.Username] = user
	}

	return users, byLdapID, byUsername, nil
}

// loadLDAPGroupsInDB is backend/internal/ldapsync/service.go:619.
func (s *Service) loadLDAPGroupsInDB(ctx context.Context, tx *gorm.DB) ([]model.UserGroup, map[string]model.UserGroup, error) {
	var groups []model.UserGroup

	// Load all LDAP-managed groups and index them by LDAP ID
	err := tx.
		WithContext(ctx).
		Select("id, name, ldap_id").
		Where("ldap_id IS NOT NULL").
		Find(&groups).
		Error
	if err != nil {
		return nil, nil, err
	}

	groupsByID := make(map[string]model.UserGroup, len(groups))
	for _, group := range groups {
		groupsByID[*group.LdapID] = group
	}

	return groups, groupsByID, nil
}

// saveProfilePicture is backend/internal/ldapsync/service.go:641 (URL/base64 download trimmed).
func (s *Service) saveProfilePicture(parentCtx context.Context, userId string, pictureString string) error {
	return s.users.UpdateProfilePicture(parentCtx, userId, bytes.NewReader([]byte(pictureString)))
}
