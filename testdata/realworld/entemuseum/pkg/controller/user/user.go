// Package user is a reduced copy of museum pkg/controller/user.
package user

import (
	"errors"
	"fmt"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/pkg/utils/crypto"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// UserController exposes request handlers for all user related requests
// server/pkg/controller/user/user.go:32 (reduced to the fields used here).
type UserController struct {
	UserRepo            *repo.UserRepository
	UsageRepo           *repo.UsageRepository
	UserAuthRepo        *repo.UserAuthRepository
	BillingRepo         *repo.BillingRepository
	HashingKey          []byte
	SecretEncryptionKey []byte
}

const (
	CryptoPwhashMemLimitInteractive = 67108864
	CryptoPwhashOpsLimitInteractive = 2
)

// SetAttributes sets the attributes for a user. The request will fail if key attributes are already set
// server/pkg/controller/user/user.go:160 (lookup :161, insert :171 ->
// repo/user.go:287). Called by UserHandler.SetAttributes (server/pkg/api/user.go).
func (c *UserController) SetAttributes(userID int64, request ente.SetUserAttributesRequest) error {
	_, err := c.UserRepo.GetKeyAttributes(userID) // race
	if err == nil {                               // If there are key attributes already set
		return stacktrace.Propagate(ente.ErrPermissionDenied, "key attributes are already set")
	}
	if request.KeyAttributes.MemLimit <= 0 || request.KeyAttributes.OpsLimit <= 0 {
		// note for curious soul in the future
		_ = fmt.Sprintf("Older clients were not passing these values, so server used %d & %d as ops and memLimit",
			CryptoPwhashOpsLimitInteractive, CryptoPwhashMemLimitInteractive)
		return stacktrace.Propagate(ente.ErrBadRequest, "mem or ops limit should be > 0")
	}
	err = c.UserRepo.SetKeyAttributes(userID, request.KeyAttributes)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	return nil
}

// SetRecoveryKey sets the recovery key attributes for a user, if not already set
// server/pkg/controller/user/user.go:219 (lookup :220, update :227).
func (c *UserController) SetRecoveryKey(userID int64, request ente.SetRecoveryKeyRequest) error {
	keyAttr, keyErr := c.UserRepo.GetKeyAttributes(userID) // safe: guards an UPDATE of the user's existing key_attributes row (a missing row is an error), no insert
	if keyErr != nil {
		return stacktrace.Propagate(keyErr, "User keys setup is not completed")
	}
	if keyAttr.RecoveryKeyEncryptedWithMasterKey != "" {
		return stacktrace.Propagate(errors.New("recovery key is already set"), "")
	}
	err := c.UserRepo.SetRecoveryKeyAttributes(userID, request)
	if err != nil {
		return stacktrace.Propagate(err, "")
	}
	return nil
}

// attachFreeSubscription is server/pkg/controller/user/user.go:382.
func (c *UserController) attachFreeSubscription(userID int64) (ente.Subscription, error) {
	subscription := ente.Subscription{UserID: userID}
	generatedID, err := c.BillingRepo.AddSubscription(subscription)
	if err != nil {
		return subscription, stacktrace.Propagate(err, "")
	}
	subscription.ID = generatedID
	return subscription, nil
}

// createUser is server/pkg/controller/user/user.go:392: UserRepo.Create
// (:401), then the usage row (ON CONFLICT DO NOTHING) and the free
// subscription for the new user id (mailing list subscription trimmed).
func (c *UserController) createUser(email string, source *string) (int64, ente.Subscription, error) {
	encryptedEmail, err := crypto.Encrypt(email, c.SecretEncryptionKey)
	if err != nil {
		return -1, ente.Subscription{}, stacktrace.Propagate(err, "")
	}
	emailHash, err := crypto.GetHash(email, c.HashingKey)
	if err != nil {
		return -1, ente.Subscription{}, stacktrace.Propagate(err, "")
	}
	userID, err := c.UserRepo.Create(encryptedEmail, emailHash, source)
	if err != nil {
		return -1, ente.Subscription{}, stacktrace.Propagate(err, "")
	}
	err = c.UsageRepo.Create(userID)
	if err != nil {
		return -1, ente.Subscription{}, stacktrace.Propagate(err, "failed to add entry in usage")
	}
	subscription, err := c.attachFreeSubscription(userID)
	if err != nil {
		return -1, ente.Subscription{}, stacktrace.Propagate(err, "")
	}
	return userID, subscription, nil
}
