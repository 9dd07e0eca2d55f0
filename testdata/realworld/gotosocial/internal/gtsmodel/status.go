package gtsmodel

import "time"

// Status is internal/gtsmodel/status.go:29 (fields trimmed).
type Status struct {
	ID                  string     `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                            // id of this item in the database
	CreatedAt           time.Time  `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`         // when was item created
	FetchedAt           time.Time  `bun:"type:timestamptz,nullzero"`                                           // when was item (remote) last fetched.
	URI                 string     `bun:",unique,nullzero,notnull"`                                            // activitypub URI of this status
	TagIDs              []string   `bun:"tags,array"`                                                          // Database IDs of any tags used in this status
	Tags                []*Tag     `bun:"attached_tags,m2m:status_to_tags"`                                    // Tags corresponding to tagIDs. https://bun.uptrace.dev/guide/relations.html#many-to-many-relation
	Local               *bool      `bun:",nullzero,notnull,default:false"`                                     // is this status from a local account?
	AccountID           string     `bun:"type:CHAR(26),nullzero,notnull"`                                      // which account posted this status?
	Account             *Account   `bun:"rel:belongs-to"`                                                      // account corresponding to accountID
	AccountURI          string     `bun:",nullzero,notnull"`                                                   // activitypub uri of the owner of this status
	BoostOfID           string     `bun:"type:CHAR(26),nullzero"`                                              // id of the status this status is a boost of
	BoostOfURI          string     `bun:"-"`                                                                   // URI of the status this status is a boost of; field not inserted in the db
	BoostOfAccountID    string     `bun:"type:CHAR(26),nullzero"`                                              // id of the account that owns the boosted status
	BoostOf             *Status    `bun:"-"`                                                                   // status that corresponds to boostOfID
	ThreadID            string     `bun:"type:CHAR(26),nullzero,notnull,default:'00000000000000000000000000'"` // id of the thread to which this status belongs
	Visibility          Visibility `bun:",nullzero,notnull"`                                                   // visibility entry for this status
	Sensitive           *bool      `bun:",nullzero,notnull,default:false"`                                     // mark the status as sensitive?
	ActivityStreamsType string     `bun:",nullzero,notnull"`                                                   // What is the activitystreams type of this status? See: https://www.w3.org/TR/activitystreams-vocabulary/#object-types. Will probably almost always be Note but who knows!.
	PendingApproval     *bool      `bun:",nullzero,notnull,default:false"`                                     // If true then status is a reply or boost wrapper that must be Approved by the reply-ee or boost-ee before being fully distributed.
}

// Visibility is internal/gtsmodel/status.go.
type Visibility int16

// IsLocal is internal/gtsmodel/status.go.
func (s *Status) IsLocal() bool { return s.Local != nil && *s.Local }

// GetTagByName is internal/gtsmodel/status.go.
func (s *Status) GetTagByName(name string) (*Tag, bool) {
	if s == nil {
		return nil, false
	}
	for _, t := range s.Tags {
		if t.Name == name {
			return t, true
		}
	}
	return nil, false
}

// StatusFave is internal/gtsmodel/statusfave.go:23.
type StatusFave struct {
	ID              string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                      // id of this item in the database
	CreatedAt       time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`   // when was item created
	UpdatedAt       time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`   // when was item last updated
	AccountID       string    `bun:"type:CHAR(26),unique:statusfaveaccountstatus,nullzero,notnull"` // id of the account that created ('did') the fave
	Account         *Account  `bun:"-"`                                                             // account that created the fave
	TargetAccountID string    `bun:"type:CHAR(26),nullzero,notnull"`                                // id the account owning the faved status
	TargetAccount   *Account  `bun:"-"`                                                             // account owning the faved status
	StatusID        string    `bun:"type:CHAR(26),unique:statusfaveaccountstatus,nullzero,notnull"` // database id of the status that has been 'faved'
	Status          *Status   `bun:"-"`                                                             // the faved status
	URI             string    `bun:",nullzero,notnull,unique"`                                      // ActivityPub URI of this fave
	PendingApproval *bool     `bun:",nullzero,notnull,default:false"`                               // If true then Like must be Approved by the like-ee before being fully distributed.
	PreApproved     bool      `bun:"-"`                                                             // If true, then fave targets a status on our instance, has permission to do the interaction, and an Accept should be sent out for it immediately. Field not stored in the DB.
}

// StatusBookmark is internal/gtsmodel/statusbookmark.go:23.
type StatusBookmark struct {
	ID              string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt       time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt       time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	AccountID       string    `bun:"type:CHAR(26),nullzero,notnull"`                              // id of the account that created ('did') the bookmark
	Account         *Account  `bun:"rel:belongs-to"`                                              // account that created the bookmark
	TargetAccountID string    `bun:"type:CHAR(26),nullzero,notnull"`                              // id the account owning the bookmarked status
	TargetAccount   *Account  `bun:"rel:belongs-to"`                                              // account owning the bookmarked status
	StatusID        string    `bun:"type:CHAR(26),nullzero,notnull"`                              // database id of the status that has been bookmarked
	Status          *Status   `bun:"rel:belongs-to"`                                              // the bookmarked status
}

// ThreadMute is internal/gtsmodel/threadmute.go:23.
type ThreadMute struct {
	ID        string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                               // id of this item in the database
	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`            // when was item created
	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"`            // when was item last updated
	ThreadID  string    `bun:"type:CHAR(26),nullzero,notnull,unique:thread_mute_thread_id_account_id"` // ID of the muted thread
	AccountID string    `bun:"type:CHAR(26),nullzero,notnull,unique:thread_mute_thread_id_account_id"` // Account ID of the creator of this mute
}

// Thread is internal/gtsmodel/thread.go:22.
type Thread struct {
	ID        string   `bun:"type:CHAR(26),pk,nullzero,notnull,unique"` // id of this item in the database
	StatusIDs []string `bun:"-"`                                        // ids of statuses belonging to this thread (order not guaranteed)
}

// Tag is internal/gtsmodel/tag.go:23.
type Tag struct {
	ID        string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`                    // id of this item in the database
	CreatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item created
	UpdatedAt time.Time `bun:"type:timestamptz,nullzero,notnull,default:current_timestamp"` // when was item last updated
	Name      string    `bun:",unique,nullzero,notnull"`                                    // (lowercase) name of the tag without the hash prefix
	Useable   *bool     `bun:",nullzero,notnull,default:true"`                              // Tag is useable on this instance.
	Listable  *bool     `bun:",nullzero,notnull,default:true"`                              // Tagged statuses can be listed on this instance.
	Href      string    `bun:"-"`                                                           // Href of the hashtag. Will only be set on freshly-extracted hashtags from remote AP messages. Not stored in the database.
}

// InteractionRequest is internal/gtsmodel/interaction.go:83 (fields trimmed).
type InteractionRequest struct {
	ID                    string    `bun:"type:CHAR(26),pk,nullzero,notnull,unique"`
	TargetStatusID        string    `bun:"type:CHAR(26),nullzero,notnull"`
	TargetAccountID       string    `bun:"type:CHAR(26),nullzero,notnull"`
	InteractingAccountID  string    `bun:"type:CHAR(26),nullzero,notnull"`
	InteractionRequestURI string    `bun:",nullzero,notnull,unique"`
	InteractionURI        string    `bun:",nullzero,notnull,unique"`
	Polite                *bool     `bun:",nullzero,notnull,default:false"`
	AcceptedAt            time.Time `bun:"type:timestamptz,nullzero"`
}
