package gtsmodel

import "time"

// Tombstone is internal/gtsmodel/tombstone.go:31.
type Tombstone struct {
	ID        string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	Domain    string    `bun:",nullzero,notnull"`                                           // Domain of the Object/Actor.
	URI       string    `bun:",nullzero,notnull,unique"`                                    // ActivityPub URI for this Object/Actor.
}

// DomainBlock is internal/gtsmodel/domainblock.go:23.
type DomainBlock struct {
	ID                 string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt          time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt          time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	Domain             string    `bun:",nullzero,notnull"`                                           // domain to block. Eg. 'whatever.com'
	CreatedByAccountID string    `bun:"type:CHAR(26),nullzero,notnull"`                              // Account ID of the creator of this block
	CreatedByAccount   *Account  `bun:"-"`                                                           // Account corresponding to createdByAccountID
	PrivateComment     string    `bun:""`                                                            // Private comment on this block, viewable to admins
	PublicComment      string    `bun:""`                                                            // Public comment on this block, viewable (optionally) by everyone
	Obfuscate          *bool     `bun:",nullzero,notnull,default:false"`                             // whether the domain name should appear obfuscated when displaying it publicly
	SubscriptionID     string    `bun:"type:CHAR(26),nullzero"`                                      // if this block was created through a subscription, what's the subscription ID?
}

// Notification is internal/gtsmodel/notification.go:26.
type Notification struct {
	ID               string           `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt        time.Time        `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt        time.Time        `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	NotificationType NotificationType `bun:",nullzero,notnull"`                                           // Type of this notification
	TargetAccountID  string           `bun:"type:CHAR(26),nullzero,notnull"`                              // ID of the account targeted by the notification (ie., who will receive the notification?)
	TargetAccount    *Account         `bun:"-"`                                                           // Account corresponding to TargetAccountID. Can be nil, always check first + select using ID if necessary.
	OriginAccountID  string           `bun:"type:CHAR(26),nullzero,notnull"`                              // ID of the account that performed the action that created the notification.
	OriginAccount    *Account         `bun:"-"`                                                           // Account corresponding to OriginAccountID. Can be nil, always check first + select using ID if necessary.
	StatusOrEditID   string           `bun:"status_id,type:CHAR(26),nullzero"`                            // If the notification pertains to a status or a status edit event, what is the database ID of the status or status edit?
	Read             *bool            `bun:",nullzero,notnull,default:false"`                             // Notification has been seen/read
}

// NotificationType is internal/gtsmodel/notification.go.
type NotificationType int16

// String is internal/gtsmodel/notification.go.
func (t NotificationType) String() string { return "notification" }

// Instance is internal/gtsmodel/instance.go:23 (fields trimmed).
type Instance struct {
	ID        string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	Domain    string    `bun:",nullzero,notnull,unique"`                                    // Instance domain eg example.org
	Title     string    `bun:""`                                                            // Title of this instance as it would like to be displayed.
	URI       string    `bun:",nullzero,notnull,unique"`                                    // base URI of this instance eg https://example.org
}

// VAPIDKeyPair is internal/gtsmodel/vapidkeypair.go:24.
//
// This table should only ever have one entry, with a known ID of 0.
type VAPIDKeyPair struct {
	ID      int    `bun:",pk,notnull"`
	Public  string `bun:",notnull,nullzero"`
	Private string `bun:",notnull,nullzero"`
}

// Marker is internal/gtsmodel/marker.go:23.
type Marker struct {
	AccountID  string     `bun:"type:CHAR(26),pk,unique:markers_account_id_timeline_uniq,notnull,nullzero"` // ID of the local account that owns the marker
	Name       MarkerName `bun:",nullzero,notnull,pk,unique:markers_account_id_timeline_uniq"`              // Name of the marked timeline
	UpdatedAt  time.Time  `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`               // When marker was last updated
	Version    int        `bun:",nullzero,notnull,default:0"`                                               // For optimistic concurrency control
	LastReadID string     `bun:"type:CHAR(26),notnull,nullzero"`                                            // Last ID read on this timeline (status ID for home, notification ID for notifications)
}

// MarkerName is internal/gtsmodel/marker.go:32.
type MarkerName string

// RouterSession is internal/gtsmodel/routersession.go:23.
type RouterSession struct {
	ID        string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	Auth      []byte    `bun:"type:bytea,notnull,nullzero"`
	Crypt     []byte    `bun:"type:bytea,notnull,nullzero"`
}

// Application is internal/gtsmodel/application.go (fields trimmed).
type Application struct {
	ID string `bun:"type:CHAR(26),pk,nullzero,notnull,unique"` // id of this item in the database
}
