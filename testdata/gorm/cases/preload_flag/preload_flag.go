// A repository lists the user's memberships; a loop scans the list for
// each invitation's org and sets a flag on a match; the membership is
// created when the flag is not set (chainloop's
// AcceptPendingInvitations). Two callers both scan, both miss the org
// and both insert.
package preload_flag

import "gorm.io/gorm"

type Membership struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex:idx_member"`
	OrgID  uint `gorm:"uniqueIndex:idx_member"`
	Role   string
}

type Repo struct{ db *gorm.DB }

// ByUser lists the user's memberships.
func (r *Repo) ByUser(userID uint) ([]Membership, error) {
	var ms []Membership
	err := r.db.Where("user_id = ?", userID).Find(&ms).Error
	return ms, err
}

// Add creates a membership.
func (r *Repo) Add(m *Membership) error {
	return r.db.Create(m).Error
}

// Accept makes the user a member of every org it is invited to.
func Accept(r *Repo, userID uint, orgs []uint) error {
	memberships, err := r.ByUser(userID)
	if err != nil {
		return err
	}
	for _, org := range orgs {
		var already bool
		for _, m := range memberships {
			if m.OrgID == org {
				already = true
			}
		}
		if !already {
			if err := r.Add(&Membership{UserID: userID, OrgID: org, Role: "member"}); err != nil {
				return err
			}
		}
	}
	return nil
}

// IsAdmin scans the list for a role: no create.
func IsAdmin(r *Repo, userID uint) (bool, error) {
	memberships, err := r.ByUser(userID)
	if err != nil {
		return false, err
	}
	admin := false
	for _, m := range memberships {
		if m.Role == "admin" {
			admin = true
		}
	}
	return admin, nil
}
