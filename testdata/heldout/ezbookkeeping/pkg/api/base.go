// Package api is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/api
// at commit 2e20df861c25a40253ceabbf91a9ee456fc4601b: the gin handlers that
// reach the catalogued sites.
package api

import (
	"example.com/heldout/ezbookkeeping/pkg/duplicatechecker"
	"example.com/heldout/ezbookkeeping/pkg/settings"
)

// ApiUsingConfig represents an api that need to use config (pkg/api/base.go:21)
type ApiUsingConfig struct {
	container *settings.ConfigContainer
}

// CurrentConfig returns the current config (pkg/api/base.go:26)
func (a *ApiUsingConfig) CurrentConfig() *settings.Config {
	return a.container.GetCurrentConfig()
}

// ApiUsingDuplicateChecker represents an api that need to use duplicate checker (pkg/api/base.go:107)
type ApiUsingDuplicateChecker struct {
	ApiUsingConfig
	container *duplicatechecker.DuplicateCheckerContainer
}

// GetSubmissionRemark returns whether the same submission has been processed and related remark by the current duplicate checker (pkg/api/base.go:113)
func (a *ApiUsingDuplicateChecker) GetSubmissionRemark(checkerType duplicatechecker.DuplicateCheckerType, uid int64, identification string) (bool, string) {
	return a.container.GetSubmissionRemark(checkerType, uid, identification)
}

// SetSubmissionRemarkIfEnable saves the identification and remark by the current duplicate checker if the duplicate submission check is enabled (pkg/api/base.go:123)
func (a *ApiUsingDuplicateChecker) SetSubmissionRemarkIfEnable(checkerType duplicatechecker.DuplicateCheckerType, uid int64, identification string, remark string) {
	if a.CurrentConfig().EnableDuplicateSubmissionsCheck {
		a.container.SetSubmissionRemark(checkerType, uid, identification, remark)
	}
}

// RemoveSubmissionRemark removes the identification and remark by the current duplicate checker (pkg/api/base.go:130)
func (a *ApiUsingDuplicateChecker) RemoveSubmissionRemark(checkerType duplicatechecker.DuplicateCheckerType, uid int64, identification string) {
	a.container.RemoveSubmissionRemark(checkerType, uid, identification)
}
