// Reduced copy of invites.go of github.com/writefreely/writefreely.

package writefreely

import (
	"database/sql"
	"time"
)

// Invite is invites.go:27.
type Invite struct {
	ID       string
	MaxUses  sql.NullInt64
	Created  time.Time
	Expires  *time.Time
	Inactive bool

	uses int64
}

// Expired is invites.go:41.
func (i Invite) Expired() bool {
	return i.Expires != nil && i.Expires.Before(time.Now())
}

// Active is invites.go:45.
func (i Invite) Active(db *datastore) bool {
	if i.Expired() {
		return false
	}
	if i.MaxUses.Valid && i.MaxUses.Int64 > 0 {
		if c := db.GetUsersInvitedCount(i.ID); c >= i.MaxUses.Int64 {
			return false
		}
	}
	return true
}
