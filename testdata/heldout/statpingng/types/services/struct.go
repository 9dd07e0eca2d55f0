package services

import (
	"time"

	"example.com/heldout/statpingng/types/checkins"
	"example.com/heldout/statpingng/types/incidents"
	"example.com/heldout/statpingng/types/null"
)

// Service is the main struct for Services (trimmed of the in-memory gorm:"-"
// fields and the messages relation).
// Schema: gorm v1 tags; only id is a primary key, no unique column.
type Service struct {
	Id                 int64                 `gorm:"primary_key;column:id" json:"id" yaml:"id"`
	Name               string                `gorm:"column:name" json:"name" yaml:"name"`
	Domain             string                `gorm:"column:domain" json:"domain" yaml:"domain" private:"true" scope:"user,admin"`
	Expected           null.NullString       `gorm:"column:expected" json:"expected" yaml:"expected" scope:"user,admin"`
	ExpectedStatus     int                   `gorm:"default:200;column:expected_status" json:"expected_status" yaml:"expected_status" scope:"user,admin"`
	Interval           int                   `gorm:"default:30;column:check_interval" json:"check_interval" yaml:"check_interval"`
	Type               string                `gorm:"column:check_type" json:"type" scope:"user,admin" yaml:"type"`
	Method             string                `gorm:"column:method" json:"method" scope:"user,admin" yaml:"method"`
	PostData           null.NullString       `gorm:"column:post_data" json:"post_data" scope:"user,admin" yaml:"post_data"`
	Port               int                   `gorm:"not null;column:port" json:"port" scope:"user,admin" yaml:"port"`
	Timeout            int                   `gorm:"default:30;column:timeout" json:"timeout" scope:"user,admin" yaml:"timeout"`
	Order              int                   `gorm:"default:0;column:order_id" json:"order_id" yaml:"order_id"`
	Public             null.NullBool         `gorm:"default:true;column:public" json:"public" yaml:"public"`
	GroupId            int                   `gorm:"default:0;column:group_id" json:"group_id" yaml:"group_id"`
	Permalink          null.NullString       `gorm:"column:permalink" json:"permalink" yaml:"permalink"`
	CreatedAt          time.Time             `gorm:"column:created_at" json:"created_at" yaml:"-"`
	UpdatedAt          time.Time             `gorm:"column:updated_at" json:"updated_at" yaml:"-"`
	Online             bool                  `gorm:"-" json:"online" yaml:"-"`
	NotifyAfter        int64                 `gorm:"column:notify_after" json:"notify_after" yaml:"notify_after" scope:"user,admin"`
	AllowNotifications null.NullBool         `gorm:"default:true;column:allow_notifications" json:"allow_notifications" yaml:"allow_notifications" scope:"user,admin"`
	Running            chan bool             `gorm:"-" json:"-" yaml:"-"`
	Incidents          []*incidents.Incident `gorm:"foreignkey:service;association_foreignkey:id" json:"incidents,omitempty" yaml:"incidents"`
	Checkins           []*checkins.Checkin   `gorm:"foreignkey:service;association_foreignkey:id" json:"checkins,omitempty" yaml:"-" scope:"user,admin"`

	prevOnline bool `gorm:"-" json:"-" yaml:"-"`
}
