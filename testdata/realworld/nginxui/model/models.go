// Package model reproduces 0xJacky/nginx-ui 1df16d75f689 model.
package model

import (
	"strings"
	"time"

	"gorm.io/gorm"
)

// User is model/user.go:28 (recovery codes, OTP and 2FA fields trimmed).
// Name carries a cosy "db_unique" validation tag, which is an application-level
// check in the cosy CRUD framework, not a database constraint.
type User struct {
	Model

	Name     string `json:"name" cosy:"add:max=20;update:omitempty,max=20;list:fussy;db_unique"`
	Password string `json:"-" cosy:"json:password;add:required,max=20;update:omitempty,max=20"`
	Status   bool   `json:"status" gorm:"default:1"`
	Language string `json:"language" gorm:"default:en"`
}

// TableName is model/user.go:46.
func (u *User) TableName() string {
	return "users"
}

// BanIP is model/ban_ip.go:3.
type BanIP struct {
	IP        string `json:"ip"`
	Attempts  int    `json:"attempts"`
	ExpiredAt int64  `json:"expired_at" gorm:"index"`
}

// UpstreamConfig is model/upstream_config.go:3.
type UpstreamConfig struct {
	Model
	Socket  string `json:"socket" gorm:"uniqueIndex"` // host:port address
	Enabled bool   `json:"enabled"`
}

// AcmeUser is model/acme_user.go:26 (registration, key and EAB fields trimmed).
type AcmeUser struct {
	Model
	Name              string `json:"name"`
	Email             string `json:"email"`
	CADir             string `json:"ca_dir"`
	Proxy             string `json:"proxy"`
	RegisterOnStartup bool   `json:"register_on_startup"`
}

// Register is model/acme_user.go:61 (ACME account registration with lego, trimmed).
func (u *AcmeUser) Register() error {
	return nil
}

// DnsCredential is model/dns_credential.go:7 (config column trimmed).
type DnsCredential struct {
	Model
	Name         string `json:"name"`
	Provider     string `json:"provider"`
	ProviderCode string `json:"provider_code" gorm:"index"`
}

// DnsDomain is model/dns_domain.go:4: represents a managed domain bound to a DNS credential.
type DnsDomain struct {
	Model

	Domain          string         `json:"domain" gorm:"size:255;not null;uniqueIndex:idx_dns_domain_credential"`
	Description     string         `json:"description"`
	DnsCredentialID uint64         `json:"dns_credential_id" gorm:"not null;uniqueIndex:idx_dns_domain_credential"`
	DnsCredential   *DnsCredential `json:"dns_credential,omitempty" gorm:"constraint:OnDelete:CASCADE;"`
}

// SiteHealthAlertConfig is model/site_config.go:44.
type SiteHealthAlertConfig struct {
	Enabled           bool     `json:"enabled"`
	StatusCodes       []int    `json:"status_codes" gorm:"serializer:json"`
	NetworkErrors     bool     `json:"network_errors"`
	FailureThreshold  int      `json:"failure_threshold"`
	RecoveryEnabled   bool     `json:"recovery_enabled"`
	CooldownSeconds   int      `json:"cooldown_seconds"`
	ExternalNotifyIDs []uint64 `json:"external_notify_ids" gorm:"serializer:json"`
}

// SiteConfig is model/site_config.go:54 (health check config column trimmed).
type SiteConfig struct {
	Model
	SiteKey            string                 `gorm:"index" json:"site_key" cosy:"all:omitempty"`
	SiteName           string                 `gorm:"index" json:"site_name" cosy:"all:omitempty"`
	Host               string                 `gorm:"index" json:"host" cosy:"all:omitempty"`            // host:port format
	Port               int                    `gorm:"index" json:"port" cosy:"all:omitempty"`            // port number
	Scheme             string                 `gorm:"default:'http'" json:"scheme" cosy:"all:omitempty"` // http, https, grpc, grpcs
	DisplayURL         string                 `json:"display_url" cosy:"all:omitempty"`                  // computed URL for display
	HealthCheckEnabled bool                   `json:"health_check_enabled" cosy:"all:omitempty"`
	CheckInterval      int                    `gorm:"default:300" json:"check_interval" cosy:"all:omitempty"` // seconds
	Timeout            int                    `gorm:"default:10" json:"timeout" cosy:"all:omitempty"`         // seconds
	UserAgent          string                 `gorm:"default:'Nginx-UI Site Checker/1.0'" json:"user_agent" cosy:"all:omitempty"`
	MaxRedirects       int                    `gorm:"default:3" json:"max_redirects" cosy:"all:omitempty"`
	FollowRedirects    bool                   `gorm:"default:true" json:"follow_redirects" cosy:"all:omitempty"`
	CheckFavicon       bool                   `gorm:"default:true" json:"check_favicon" cosy:"all:omitempty"`
	HealthCheckAlert   *SiteHealthAlertConfig `gorm:"serializer:json" json:"health_check_alert" cosy:"all:omitempty"`
}

// SiteHealthAlertState is model/site_health_alert_state.go:7: stores transition
// state so repeated sweeps and process restarts do not generate duplicate
// outage notifications.
type SiteHealthAlertState struct {
	Model
	SiteKey             string     `gorm:"uniqueIndex" json:"site_key"`
	LastStatus          string     `json:"last_status"`
	ConsecutiveFailures int        `json:"consecutive_failures"`
	FailureNotified     bool       `json:"failure_notified"`
	LastNotifiedAt      *time.Time `json:"last_notified_at"`
}

// NginxLogIndex is model/nginx_log_index.go:8: represents the incremental index
// position and metadata for a log file (statistics fields trimmed).
type NginxLogIndex struct {
	BaseModelUUID
	Path        string `gorm:"uniqueIndex;size:500;not null" json:"path"` // Log file path
	MainLogPath string `gorm:"index;size:500" json:"main_log_path"`       // Main log path for grouping related files
	Enabled     bool   `gorm:"default:true" json:"enabled"`               // Whether indexing is enabled for this file
}

// LLMSession is model/llm_session.go:13 (messages column trimmed).
type LLMSession struct {
	ID           int            `json:"id" gorm:"primaryKey"`
	SessionID    string         `json:"session_id" gorm:"uniqueIndex;not null"`
	Title        string         `json:"title"`
	Path         string         `json:"path" gorm:"index"` // 文件路径，可以为空
	MessageCount int            `json:"message_count"`
	IsActive     bool           `json:"is_active" gorm:"default:true"`
	CreatedAt    time.Time      `json:"created_at"`
	UpdatedAt    time.Time      `json:"updated_at"`
	DeletedAt    gorm.DeletedAt `json:"-" gorm:"index"`
}

// TableName is model/llm_session.go:26.
func (LLMSession) TableName() string {
	return "llm_sessions"
}

// Node is model/node.go:19 (no unique key on url).
type Node struct {
	Model
	Name                  string `json:"name"`
	URL                   string `json:"url"`
	Token                 string `json:"-"`
	EncryptedLegacySecret []byte `json:"-"`
	AuthMethod            string `json:"auth_method" gorm:"default:legacy_secret;index"`
	CredentialStatus      string `json:"credential_status" gorm:"default:unpaired"`
	Enabled               bool   `json:"enabled" gorm:"default:false"`
}

// Node auth constants, model/node.go:9.
const (
	NodeAuthMethodLegacy = "legacy_secret"

	NodeCredentialStatusActive = "active"
)

// SetFromURL is model/site_config.go:77 (host/port extraction simplified).
func (sc *SiteConfig) SetFromURL(url string) error {
	if url == "" {
		return nil
	}

	// Store the original URL as display URL for backward compatibility
	sc.DisplayURL = url

	// Extract scheme
	if strings.HasPrefix(url, "https://") {
		sc.Scheme = "https"
		url = strings.TrimPrefix(url, "https://")
	} else if strings.HasPrefix(url, "http://") {
		sc.Scheme = "http"
		url = strings.TrimPrefix(url, "http://")
	} else {
		sc.Scheme = "http" // default
	}

	sc.Host = strings.SplitN(url, "/", 2)[0]
	return nil
}
