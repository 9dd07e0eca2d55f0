// Package gtsmodel is a reduced copy of internal/gtsmodel: the models
// touched by the catalogued sites, with the upstream bun tags of the kept
// fields.
package gtsmodel

import (
	"crypto/rsa"
	"time"
)

// Account is internal/gtsmodel/account.go:37 (fields trimmed).
type Account struct {
	ID string `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`

	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`

	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`

	FetchedAt time.Time `bun:"type:timestamptz,nullzero"`

	// Username of the account. (account.go:58)
	Username string `bun:",nullzero,notnull,unique:accounts_username_domain_uniq"`

	// Domain of the account, NULL for local accounts. (account.go:64)
	Domain string `bun:",nullzero,unique:accounts_username_domain_uniq"`

	DisplayName string `bun:""`

	// ActivityPub URI/ID for this account. (account.go:167)
	URI string `bun:",nullzero,notnull,unique"`

	URL string `bun:",nullzero"`

	InboxURI string `bun:",nullzero"`

	OutboxURI string `bun:",nullzero"`

	PrivateKey *rsa.PrivateKey `bun:""`

	PublicKey *rsa.PublicKey `bun:",notnull"`

	// (account.go:240)
	PublicKeyURI string `bun:",nullzero,notnull,unique"`

	SuspendedAt time.Time `bun:"type:timestamptz,nullzero"`

	MovedToURI string `bun:",nullzero"`

	MoveID string `bun:"type:CHAR(26),nullzero"`

	Move *Move `bun:"-"`

	Locked *bool `bun:",nullzero,notnull,default:true"`

	EmojiIDs []string `bun:"emojis,array"`

	AlsoKnownAsURIs []string `bun:"also_known_as_uris,array"`
}

// IsLocal is internal/gtsmodel/account.go.
func (a *Account) IsLocal() bool { return a.Domain == "" }

// IsRemote is internal/gtsmodel/account.go.
func (a *Account) IsRemote() bool { return !a.IsLocal() }

// IsNew is internal/gtsmodel/account.go: not yet stored.
func (a *Account) IsNew() bool { return a.CreatedAt.IsZero() }

// IsSuspended is internal/gtsmodel/account.go.
func (a *Account) IsSuspended() bool { return !a.SuspendedAt.IsZero() }

// IsMoving is internal/gtsmodel/account.go.
func (a *Account) IsMoving() bool { return a.MovedToURI != "" }

// AccountToEmoji is internal/gtsmodel/account.go:402.
type AccountToEmoji struct {
	AccountID string   `bun:"type:CHAR(26),unique:accountemoji,nullzero,notnull"`
	Account   *Account `bun:"rel:belongs-to"`
	EmojiID   string   `bun:"type:CHAR(26),unique:accountemoji,nullzero,notnull"`
}

// User is internal/gtsmodel/user.go:33 (fields trimmed).
type User struct {
	ID string `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`

	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`

	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`

	Email string `bun:",nullzero,unique"`

	AccountID string `bun:"type:CHAR(26),nullzero,notnull,unique"`

	Account *Account `bun:"-"`

	EncryptedPassword string `bun:",nullzero,notnull"`

	UnconfirmedEmail string `bun:",nullzero"`

	ExternalID string `bun:",nullzero,unique"`
}

// NewSignup is internal/gtsmodel/user.go (fields trimmed).
type NewSignup struct {
	Username   string
	Email      string
	Password   string
	AppID      string
	ExternalID string
}
