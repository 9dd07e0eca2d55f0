// Package models reproduces database/models of komari-monitor/komari
// da4d5187c1b1 (struct tags copied unchanged; only the models the catalogued
// sites touch). The schema comes from gorm AutoMigrate of these structs
// (database/dbcore/dbcore.go:448-475); there are no SQL migrations.
package models

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"time"
)

// Client reproduces database/models/models.go:11 (uuid primary key, token unique).
type Client struct {
	UUID             string     `json:"uuid,omitempty" gorm:"type:varchar(36);primaryKey"`
	Token            string     `json:"token,omitempty" gorm:"type:varchar(255);unique;not null"`
	Name             string     `json:"name" gorm:"type:varchar(100)"`
	CpuName          string     `json:"cpu_name" gorm:"type:varchar(100)"`
	Virtualization   string     `json:"virtualization" gorm:"type:varchar(50)"`
	Arch             string     `json:"arch" gorm:"type:varchar(50)"`
	CpuCores         int        `json:"cpu_cores" gorm:"type:int"`
	CpuPhysicalCores int        `json:"cpu_physical_cores" gorm:"type:int"`
	OS               string     `json:"os" gorm:"type:varchar(100)"`
	KernelVersion    string     `json:"kernel_version" gorm:"type:varchar(100)"`
	GpuName          string     `json:"gpu_name" gorm:"type:varchar(100)"`
	IPv4             string     `json:"ipv4,omitempty" gorm:"type:varchar(100)"`
	IPv6             string     `json:"ipv6,omitempty" gorm:"type:varchar(100)"`
	Region           string     `json:"region" gorm:"type:varchar(100)"`
	Remark           string     `json:"remark,omitempty" gorm:"type:longtext"`
	PublicRemark     string     `json:"public_remark,omitempty" gorm:"type:longtext"`
	MemTotal         int64      `json:"mem_total" gorm:"type:bigint"`
	SwapTotal        int64      `json:"swap_total" gorm:"type:bigint"`
	DiskTotal        int64      `json:"disk_total" gorm:"type:bigint"`
	Version          string     `json:"version,omitempty" gorm:"type:varchar(100)"`
	Weight           int        `json:"weight" gorm:"type:int"`
	Price            float64    `json:"price"`
	BillingCycle     int        `json:"billing_cycle"`
	AutoRenewal      bool       `json:"auto_renewal" gorm:"default:false"` // 是否自动续费
	Currency         string     `json:"currency" gorm:"type:varchar(20);default:'$'"`
	ExpiredAt        *time.Time `json:"expired_at" gorm:"type:timestamp"`
	Group            string     `json:"group" gorm:"type:varchar(100)"`
	Tags             string     `json:"tags" gorm:"type:text"` // split by ';'
	Hidden           bool       `json:"hidden" gorm:"default:false"`
	TrafficLimit     int64      `json:"traffic_limit" gorm:"type:bigint"`
	TrafficLimitType string     `json:"traffic_limit_type" gorm:"type:varchar(10);default:'max'"` // 流量阈值类型：sum max min up down
	CreatedAt        time.Time  `json:"created_at"`
	UpdatedAt        time.Time  `json:"updated_at"`
}

// User reproduces database/models/models.go:48 (uuid primary key, username unique).
type User struct {
	UUID      string    `json:"uuid,omitempty" gorm:"type:varchar(36);primaryKey"`
	Username  string    `json:"username" gorm:"type:varchar(50);unique;not null"`
	Passwd    string    `json:"passwd,omitempty" gorm:"type:varchar(255);not null"` // Hashed password
	SSOType   string    `json:"sso_type" gorm:"type:varchar(20)"`                   // e.g., "github", "google"
	SSOID     string    `json:"sso_id" gorm:"type:varchar(100)"`                    // OAuth provider's user ID
	TwoFactor string    `json:"two_factor,omitempty" gorm:"type:varchar(255)"`      // 2FA secret
	Sessions  []Session `json:"sessions,omitempty" gorm:"foreignKey:UUID;references:UUID;constraint:OnDelete:CASCADE,OnUpdate:CASCADE"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Session reproduces database/models/models.go:61 (session primary key).
type Session struct {
	UUID            string    `json:"uuid" gorm:"type:varchar(36)"`
	Session         string    `json:"session" gorm:"type:varchar(255);primaryKey;uniqueIndex:idx_sessions_session;not null"`
	UserAgent       string    `json:"user_agent" gorm:"type:text"`
	Ip              string    `json:"ip" gorm:"type:varchar(100)"`
	LoginMethod     string    `json:"login_method" gorm:"type:varchar(50)"`
	LatestOnline    time.Time `json:"latest_online" gorm:"type:timestamp"`
	LatestUserAgent string    `json:"latest_user_agent" gorm:"type:text"`
	LatestIp        string    `json:"latest_ip" gorm:"type:varchar(100)"`
	Expires         time.Time `json:"expires" gorm:"not null"`
	CreatedAt       time.Time `json:"created_at"`
}

// StringArray reproduces database/models/models.go:114.
// StringArray 存储为 JSON 的字符串切片类型
type StringArray []string

func (sa *StringArray) Scan(value interface{}) error {
	var bytes []byte
	switch v := value.(type) {
	case nil:
		*sa = StringArray{}
		return nil
	case []byte:
		bytes = v
	case string:
		bytes = []byte(v)
	default:
		return fmt.Errorf("failed to scan StringArray: unsupported value type %T", value)
	}
	if len(bytes) == 0 {
		*sa = StringArray{}
		return nil
	}
	return json.Unmarshal(bytes, sa)
}

func (sa StringArray) Value() (driver.Value, error) {
	return json.Marshal(sa)
}
