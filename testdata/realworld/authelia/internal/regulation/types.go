// Package regulation is a reduced copy of upstream internal/regulation.
package regulation

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"time"

	"example.com/realworld/authelia/internal/storage"
	"example.com/realworld/authelia/third_party/logrus"
)

// ErrUserIsBanned user is banned error message.
var ErrUserIsBanned = fmt.Errorf("user is banned")

const (
	// AuthType1FA is the string representing an auth log for first-factor authentication.
	AuthType1FA = "1FA"

	// AuthTypeTOTP is the string representing an auth log for second-factor authentication via TOTP.
	AuthTypeTOTP = "TOTP"

	// AuthTypeDuo is the string representing an auth log for second-factor authentication via DUO.
	AuthTypeDuo = "Duo"
)

const (
	typeUser        = "user"
	typeIP          = "ip"
	fieldBanType    = "ban_type"
	fieldUsername   = "username"
	fieldRecordType = "record_type"
)

// Config is the regulation configuration (upstream schema.Regulation).
type Config struct {
	Modes      []string
	MaxRetries int
	FindTime   time.Duration
	BanTime    time.Duration
}

// Clock provides the time (upstream clock.Provider).
type Clock interface {
	Now() time.Time
}

// Regulator an authentication regulator preventing attackers to brute force the service.
// upstream internal/regulation/types.go:16
type Regulator struct {
	users bool
	ips   bool

	config Config

	store storage.RegulatorProvider

	clock Clock
}

// Context represents a regulator context.
type Context interface {
	context.Context
	MetricsRecorder

	GetLogger() *logrus.Entry
	RemoteIP() (ip net.IP)
}

// MetricsRecorder represents the methods used to record regulation.
type MetricsRecorder interface {
	RecordAuthn(success, banned bool, authType string)
}

// NewBan constructs a friendly version of ban information for easy formatting.
func NewBan(ban BanType, value string, expires *time.Time) *Ban {
	return &Ban{
		ban:     ban,
		value:   value,
		expires: expires,
	}
}

// Ban represents the outcome of a ban check.
type Ban struct {
	ban     BanType
	value   string
	expires *time.Time
}

// IsBanned returns true if this ban is in effect.
func (b *Ban) IsBanned() bool {
	if b == nil {
		return false
	}

	switch b.Type() {
	case BanTypeNone, BanTypeUnknown:
		return false
	default:
		return true
	}
}

// Value returns the banned value i.e. the username or IP.
func (b *Ban) Value() string {
	if b == nil {
		return ""
	}

	return b.value
}

// Type returns the BanType of this ban.
func (b *Ban) Type() BanType {
	if b == nil {
		return BanTypeNone
	}

	return b.ban
}

// BanType represents the type of a Ban.
type BanType int

// BanType values.
const (
	BanTypeNone BanType = iota
	BanTypeUnknown
	BanTypeIP
	BanTypeUser
)

// upstream internal/regulation/util.go
func returnBanResult(b BanType, v string, t sql.NullTime) (ban BanType, value string, expires *time.Time, err error) {
	if t.Valid {
		expires = &t.Time
	}

	return b, v, expires, ErrUserIsBanned
}
