package pref

import (
	"errors"
	"time"
)

// Upstream: pkg/services/preference/model.go (trimmed; the JSON
// (de)serialisation of PreferenceJSONData is dropped).
var ErrPrefNotFound = errors.New("preference not found")

type Preference struct {
	ID      int64   `xorm:"pk autoincr 'id'" db:"id"`
	OrgID   int64   `xorm:"org_id" db:"org_id"`
	UserID  int64   `xorm:"user_id" db:"user_id"`
	TeamID  int64   `xorm:"team_id" db:"team_id"`
	Teams   []int64 `xorm:"extends"`
	Version int     `db:"version"`
	// Deprecated: Use HomeDashboardUID instead
	HomeDashboardID  int64               `xorm:"home_dashboard_id" db:"home_dashboard_id"`
	HomeDashboardUID string              `xorm:"home_dashboard_uid" db:"home_dashboard_uid"`
	Timezone         string              `db:"timezone"`
	WeekStart        *string             `db:"week_start"`
	Theme            string              `db:"theme"`
	Created          time.Time           `db:"created"`
	Updated          time.Time           `db:"updated"`
	JSONData         *PreferenceJSONData `xorm:"json_data" db:"json_data"`
}

func (p Preference) TableName() string { return "preferences" }

type PreferenceJSONData struct {
	Language string `json:"language"`
}

type SavePreferenceCommand struct {
	UserID int64
	OrgID  int64
	TeamID int64

	// Deprecated: Use HomeDashboardUID instead
	HomeDashboardID  int64   `json:"homeDashboardId,omitempty"`
	HomeDashboardUID *string `json:"homeDashboardUID,omitempty"`
	Timezone         string  `json:"timezone,omitempty"`
	WeekStart        string  `json:"weekStart,omitempty"`
	Theme            string  `json:"theme,omitempty"`
	Language         string  `json:"language,omitempty"`
}

type PatchPreferenceCommand struct {
	UserID int64
	OrgID  int64
	TeamID int64

	Timezone *string `json:"timezone,omitempty"`
	Theme    *string `json:"theme,omitempty"`
	Language *string `json:"language,omitempty"`
}
