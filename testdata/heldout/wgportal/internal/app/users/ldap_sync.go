// Package users reproduces h44z/wg-portal c800e7dd343b internal/app/users.
package users

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"example.com/heldout/wgportal/internal/config"
	"example.com/heldout/wgportal/internal/domain"
)

// RawLdapUser stands in for internal.RawLdapUser (internal/ldap_utils.go).
type RawLdapUser = map[string]any

// ldapDN stands in for *ldap.DN from github.com/go-ldap/ldap/v3.
type ldapDN = string

// convertRawLdapUser reproduces internal/app/users/ldap_helper.go:16 (group and sanitising steps trimmed).
func convertRawLdapUser(
	providerName string,
	rawUser map[string]any,
	fields *config.LdapFields,
	adminGroupDN *ldapDN,
) (*domain.User, error) {
	now := time.Now()

	uid := domain.UserIdentifier(fmt.Sprint(rawUser[fields.UserIdentifier]))

	user := &domain.User{
		BaseModel: domain.BaseModel{
			CreatedBy: domain.CtxSystemLdapSyncer,
			UpdatedBy: domain.CtxSystemLdapSyncer,
			CreatedAt: now,
			UpdatedAt: now,
		},
		Identifier: uid,
		Email:      strings.ToLower(fmt.Sprint(rawUser[fields.Email])),
		Authentications: []domain.UserAuthentication{
			{
				UserIdentifier: uid,
				Source:         domain.UserSourceLdap,
				ProviderName:   providerName,
			},
		},
	}

	return user, nil
}

// userChangedInLdap reproduces internal/app/users/ldap_helper.go:64 (trimmed).
func userChangedInLdap(dbUser, ldapUser *domain.User) bool {
	return dbUser.Email != ldapUser.Email || dbUser.IsAdmin != ldapUser.IsAdmin
}

// updateLdapUsers reproduces internal/app/users/ldap_sync.go:102.
func (m Manager) updateLdapUsers(
	ctx context.Context,
	provider *config.LdapProvider,
	rawUsers []RawLdapUser,
	fields *config.LdapFields,
	adminGroupDN *ldapDN,
) error {
	for _, rawUser := range rawUsers {
		user, err := convertRawLdapUser(provider.ProviderName, rawUser, fields, adminGroupDN)
		if err != nil && !errors.Is(err, domain.ErrNotFound) {
			if errors.Is(err, domain.ErrInvalidData) {
				slog.Warn("skipping LDAP user with invalid data after sanitization",
					"raw-dn", rawUser["dn"], "error", err)
				continue
			}
			return fmt.Errorf("failed to convert LDAP data for %v: %w", rawUser["dn"], err)
		}

		if provider.SyncLogUserInfo {
			slog.Debug("ldap user data",
				"raw-user", rawUser, "user", user.Identifier,
				"is-admin", user.IsAdmin, "provider", provider.ProviderName)
		}

		existingUser, err := m.users.GetUser(ctx, user.Identifier) // race
		if err != nil && !errors.Is(err, domain.ErrNotFound) {
			return fmt.Errorf("find error for user id %s: %w", user.Identifier, err)
		}

		tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		tctx = domain.SetUserInfo(tctx, domain.SystemAdminContextUserInfo())

		if existingUser == nil {
			// create new user
			slog.Debug("creating new user from provider", "user", user.Identifier, "provider", provider.ProviderName)

			_, err := m.create(tctx, user)
			if err != nil {
				cancel()
				return fmt.Errorf("create error for user id %s: %w", user.Identifier, err)
			}
		} else {
			// update existing user
			if provider.AutoReEnable && existingUser.DisabledReason == domain.DisabledReasonLdapMissing {
				user.Disabled = nil
				user.DisabledReason = ""
			} else {
				user.Disabled = existingUser.Disabled
				user.DisabledReason = existingUser.DisabledReason
			}

			if existingUser.PersistLocalChanges {
				cancel()
				continue // skip synchronization for this user
			}

			if userChangedInLdap(existingUser, user) {
				syncedUser, err := m.users.GetUser(ctx, user.Identifier)
				if err != nil && !errors.Is(err, domain.ErrNotFound) {
					cancel()
					return fmt.Errorf("find error for user id %s: %w", user.Identifier, err)
				}
				syncedUser.UpdatedAt = time.Now()
				syncedUser.UpdatedBy = domain.CtxSystemLdapSyncer
				syncedUser.MergeAuthSources(user.Authentications...)
				syncedUser.Email = user.Email
				syncedUser.Firstname = user.Firstname
				syncedUser.Lastname = user.Lastname
				syncedUser.Phone = user.Phone
				syncedUser.Department = user.Department
				syncedUser.IsAdmin = user.IsAdmin
				syncedUser.Disabled = user.Disabled
				syncedUser.DisabledReason = user.DisabledReason

				_, err = m.update(tctx, existingUser, syncedUser, false)
				if err != nil {
					cancel()
					return fmt.Errorf("update error for user id %s: %w", user.Identifier, err)
				}
			}
		}

		cancel()
	}

	return nil
}

// SynchronizeLdapUsers exposes updateLdapUsers (upstream caller: internal/app/users/ldap_sync.go:80 synchronizeLdapUsers).
func (m Manager) SynchronizeLdapUsers(ctx context.Context, provider *config.LdapProvider, rawUsers []RawLdapUser, fields *config.LdapFields) error {
	return m.updateLdapUsers(ctx, provider, rawUsers, fields, nil)
}
