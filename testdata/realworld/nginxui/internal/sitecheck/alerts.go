// Package sitecheck reproduces 0xJacky/nginx-ui 1df16d75f689 internal/sitecheck.
package sitecheck

import (
	"slices"
	"sync"
	"time"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/third_party/cosy/logger"
)

// Status values, internal/sitecheck/types.go:11.
const (
	StatusOnline  = "online"
	StatusOffline = "offline"
	StatusError   = "error"
)

// SiteInfo is internal/sitecheck/types.go:18 (trimmed).
type SiteInfo struct {
	model.SiteConfig
	Name                        string `json:"name"`
	Status                      string `json:"status"`
	StatusCode                  int    `json:"status_code"`
	Error                       string `json:"error,omitempty"`
	EffectiveHealthCheckEnabled bool   `json:"effective_health_check_enabled"`
}

// siteHealthAlertNow is internal/sitecheck/alerts.go:15.
var siteHealthAlertNow = time.Now

// siteHealthAlertLocks is internal/sitecheck/alerts.go:16.
var siteHealthAlertLocks sync.Map

// lockSiteHealthAlert is internal/sitecheck/alerts.go:18.
func lockSiteHealthAlert(siteKey string) func() {
	lockValue, _ := siteHealthAlertLocks.LoadOrStore(siteKey, &sync.Mutex{})
	lock := lockValue.(*sync.Mutex)
	lock.Lock()
	return lock.Unlock
}

// isAlertFailure is internal/sitecheck/alerts.go:25.
func isAlertFailure(policy *model.SiteHealthAlertConfig, info *SiteInfo) bool {
	if policy == nil || info == nil {
		return false
	}
	if info.StatusCode > 0 && slices.Contains(policy.StatusCodes, info.StatusCode) {
		return true
	}
	return policy.NetworkErrors && info.StatusCode == 0 &&
		(info.Status == StatusOffline || info.Status == StatusError || info.Error != "")
}

// evaluateSiteHealthAlert is internal/sitecheck/alerts.go:51 (notification
// delivery trimmed).
func evaluateSiteHealthAlert(config *model.SiteConfig, info *SiteInfo) {
	policy := config.HealthCheckAlert
	if policy == nil || !policy.Enabled || !info.EffectiveHealthCheckEnabled || config.SiteKey == "" {
		return
	}
	unlock := lockSiteHealthAlert(config.SiteKey)
	defer unlock()

	db := model.UseDB()
	if db == nil {
		return
	}

	state := &model.SiteHealthAlertState{}
	err := db.Where("site_key = ?", config.SiteKey).First(state).Error // safe: in-process lock
	if err != nil && err != gorm.ErrRecordNotFound {
		logger.Errorf("Failed to load health alert state for %s: %v", config.SiteKey, err)
		return
	}
	if err == gorm.ErrRecordNotFound {
		state.SiteKey = config.SiteKey
	}

	now := siteHealthAlertNow()
	if isAlertFailure(policy, info) {
		state.ConsecutiveFailures++
		threshold := policy.FailureThreshold
		if threshold < 1 {
			threshold = 1
		}

		shouldNotify := state.ConsecutiveFailures >= threshold && !state.FailureNotified
		if state.FailureNotified && policy.CooldownSeconds > 0 && state.LastNotifiedAt != nil {
			shouldNotify = now.Sub(*state.LastNotifiedAt) >= time.Duration(policy.CooldownSeconds)*time.Second
		}
		if shouldNotify {
			// notification.WarningTo(...) trimmed
			state.FailureNotified = true
			state.LastNotifiedAt = &now
		}
		state.LastStatus = info.Status
	} else if info.Status == StatusOnline {
		// notification.SuccessTo(...) trimmed
		state.ConsecutiveFailures = 0
		state.FailureNotified = false
		state.LastNotifiedAt = nil
		state.LastStatus = info.Status
	} else {
		// A failure outside the selected policy is not a recovery.
		state.ConsecutiveFailures = 0
		state.LastStatus = info.Status
	}

	if state.ID == 0 {
		err = db.Create(state).Error
	} else {
		err = db.Save(state).Error
	}
	if err != nil {
		logger.Errorf("Failed to persist health alert state for %s: %v", config.SiteKey, err)
	}
}
