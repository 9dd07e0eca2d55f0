// Package adapter: trimmed copy of tinode/chat server/db/adapter.go
// (only the methods reached from the reproduced sites).
package adapter

import (
	"time"

	"example.com/heldout/tinode/server/auth"
	t "example.com/heldout/tinode/server/store/types"
)

// Adapter is the interface that must be implemented by a database
// adapter. The current schema supports a single connection by database type.
type Adapter interface {
	// UpgradeDb upgrades database to the current adapter version.
	UpgradeDb() error

	// User management

	// UserCreate creates user record
	UserCreate(user *t.User) error
	// UserGet returns record for a given user ID
	UserGet(uid t.Uid) (*t.User, error)
	// UserGetAll returns user records for a given list of user IDs
	UserGetAll(ids ...t.Uid) ([]t.User, error)
	// UserDelete deletes user record
	UserDelete(uid t.Uid, hard bool) error
	// UserGetByCred returns user ID for the given validated credential.
	UserGetByCred(method, value string) (t.Uid, error)

	// Credential management

	// CredUpsert adds or updates a credential validation request. Return true if the record was inserted, false if updated.
	CredUpsert(cred *t.Credential) (bool, error)

	// Authentication management for the basic authentication scheme

	// AuthGetRecord returns authentication record given user ID and method.
	AuthGetRecord(user t.Uid, scheme string) (string, auth.Level, []byte, time.Time, error)
	// AuthGetUniqueRecord returns authentication record for a given unique value i.e. login.
	AuthGetUniqueRecord(unique string) (t.Uid, auth.Level, []byte, time.Time, error)
	// AuthAddRecord creates new authentication record
	AuthAddRecord(user t.Uid, scheme, unique string, authLvl auth.Level, secret []byte, expires time.Time) error
	// AuthUpdRecord modifies an authentication record.
	AuthUpdRecord(user t.Uid, scheme, unique string, authLvl auth.Level, secret []byte, expires time.Time) error

	// Topic management

	// TopicCreate creates a topic
	TopicCreate(topic *t.Topic) error
	// TopicCreateP2P creates a p2p topic
	TopicCreateP2P(initiator, invited *t.Subscription) error
	// TopicGet loads a single topic by name, if it exists. If the topic does not exist the call returns (nil, nil)
	TopicGet(topic string) (*t.Topic, error)
	// TopicShare creates topic subscriptions
	TopicShare(topic string, subs []*t.Subscription) error

	// Topic subscriptions

	// SubscriptionGet reads a subscription of a user to a topic
	SubscriptionGet(topic string, user t.Uid, keepDeleted bool) (*t.Subscription, error)
	// SubsUpdate updates pasrt of a subscription object. Pass nil for fields which don't need to be updated
	SubsUpdate(topic string, user t.Uid, update map[string]any) error

	// Persistent cache management.

	// PCacheGet reads a persistet cache entry.
	PCacheGet(key string) (string, error)
	// PCacheUpsert creates or updates a persistent cache entry.
	PCacheUpsert(key string, value string, failOnDuplicate bool) error
	// PCacheDelete deletes one persistent cache entry.
	PCacheDelete(key string) error
}
