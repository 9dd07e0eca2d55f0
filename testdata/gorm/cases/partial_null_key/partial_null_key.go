// Issue 18: a unique index that is partial on soft deletion (WHERE
// deleted_at IS NULL; chainloop's ent schemas, GORM's where: option). A
// record the create leaves undeleted falls inside the condition, so two
// such inserts of one key conflict, which is all the fix needs: fixed. A
// partial condition on a value (WHERE status = 'active') is refused.
package partial_null_key

import (
	"errors"
	"time"

	"gorm.io/gorm"
)

type Member struct {
	ID        uint       `gorm:"primaryKey"`
	OrgID     string     `gorm:"uniqueIndex:idx_member,where:deleted_at IS NULL"`
	UserID    string     `gorm:"uniqueIndex:idx_member,where:deleted_at IS NULL"`
	DeletedAt *time.Time `gorm:"index"`
}

type Invite struct {
	ID     uint   `gorm:"primaryKey"`
	Email  string `gorm:"uniqueIndex:idx_invite,where:status = 'pending'"`
	Status string
}

// Join adds a membership once.
func Join(db *gorm.DB, org, user string) (*Member, error) {
	var m Member
	err := db.Where("org_id = ? AND user_id = ? AND deleted_at IS NULL", org, user).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Member{OrgID: org, UserID: user}
		err = db.Create(&m).Error
	}
	return &m, err
}

// Invite's index holds only pending rows: not fixed.
func InviteOnce(db *gorm.DB, email string) error {
	var i Invite
	err := db.Where("email = ?", email).First(&i).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Invite{Email: email, Status: "pending"}).Error
	}
	return err
}
