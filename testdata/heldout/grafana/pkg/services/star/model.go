package star

import (
	"errors"
	"time"
)

// Upstream: pkg/services/star/model.go (not read; fields as the store uses
// them).
var ErrCommandValidationFailed = errors.New("command missing required fields")

type Star struct {
	ID           int64     `xorm:"pk autoincr 'id'" db:"id"`
	UserID       int64     `xorm:"user_id" db:"user_id"`
	DashboardID  int64     `xorm:"dashboard_id" db:"dashboard_id"`
	DashboardUID string    `xorm:"dashboard_uid" db:"dashboard_uid"`
	OrgID        int64     `xorm:"org_id" db:"org_id"`
	Updated      time.Time `xorm:"updated" db:"updated"`
}

type StarDashboardCommand struct {
	UserID       int64     `xorm:"user_id"`
	DashboardID  int64     `xorm:"dashboard_id"`
	DashboardUID string    `xorm:"dashboard_uid"`
	OrgID        int64     `xorm:"org_id"`
	Updated      time.Time `xorm:"updated"`
}

func (cmd *StarDashboardCommand) Validate() error {
	if cmd.DashboardID == 0 && cmd.DashboardUID == "" || cmd.UserID == 0 {
		return ErrCommandValidationFailed
	}
	return nil
}
