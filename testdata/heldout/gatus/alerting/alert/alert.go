// Package alert reduces upstream alerting/alert/alert.go to the fields used.
package alert

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// Type is the type of an alert.
type Type string

// Alert is an endpoint's alert configuration and state (upstream alerting/alert/alert.go).
type Alert struct {
	Type                    Type
	Enabled                 *bool
	FailureThreshold        int
	SuccessThreshold        int
	MinimumReminderInterval time.Duration
	Description             *string
	SendOnResolved          *bool
	ResolveKey              string
	Triggered               bool
}

// IsEnabled returns whether the alert is enabled.
func (alert *Alert) IsEnabled() bool {
	if alert.Enabled == nil {
		return true
	}
	return *alert.Enabled
}

// IsSendingOnResolved returns whether an alert is sent on resolve.
func (alert *Alert) IsSendingOnResolved() bool {
	if alert.SendOnResolved == nil {
		return false
	}
	return *alert.SendOnResolved
}

// GetDescription returns the description.
func (alert *Alert) GetDescription() string {
	if alert.Description == nil {
		return ""
	}
	return *alert.Description
}

// Checksum returns a checksum of the alert configuration (upstream alerting/alert/alert.go:119).
func (alert *Alert) Checksum() string {
	hash := sha256.New()
	hash.Write([]byte(string(alert.Type) + "_" +
		strconv.FormatBool(alert.IsEnabled()) + "_" +
		strconv.FormatBool(alert.IsSendingOnResolved()) + "_" +
		strconv.Itoa(alert.SuccessThreshold) + "_" +
		strconv.Itoa(alert.FailureThreshold) + "_" +
		alert.GetDescription()),
	)
	return hex.EncodeToString(hash.Sum(nil))
}
