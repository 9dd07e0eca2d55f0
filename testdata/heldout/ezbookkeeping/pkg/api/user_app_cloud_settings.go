package api

import (
	"time"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
)

// UserApplicationCloudSettingsApi represents user application cloud settings api (pkg/api/user_app_cloud_settings.go)
type UserApplicationCloudSettingsApi struct {
	users                *services.UserService
	userAppCloudSettings *services.UserApplicationCloudSettingsService
}

// Initialize a user application cloud settings api singleton instance
var (
	UserApplicationCloudSettings = &UserApplicationCloudSettingsApi{
		users:                services.Users,
		userAppCloudSettings: services.UserApplicationCloudSettings,
	}
)

// ApplicationSettingsUpdateHandler updates user application cloud settings by request parameters for current user
// (pkg/api/user_app_cloud_settings.go:54; the per-key type validation and the "nothing changed" checks are dropped,
// the 3-try retry loop around GetUserApplicationCloudSettingsByUid + UpdateUserApplicationCloudSettings is kept)
func (a *UserApplicationCloudSettingsApi) ApplicationSettingsUpdateHandler(c *core.WebContext) (any, *errs.Error) {
	var userAppCloudSettingUpdateReq models.UserApplicationCloudSettingsUpdateRequest
	err := c.ShouldBindJSON(&userAppCloudSettingUpdateReq)

	if err != nil {
		log.Warnf(c, "[user_app_cloud_settings.ApplicationSettingsUpdateHandler] parse request failed, because %s", err.Error())
		return false, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	uid := c.GetCurrentUid()

	if _, err := a.users.GetUserById(c, uid); err != nil {
		return false, errs.ErrUserNotFound
	}

	var userApplicationCloudSettings *models.UserApplicationCloudSetting

	// Retry up to 3 times
	for i := 0; i < 3; i++ {
		userApplicationCloudSettings, err = a.userAppCloudSettings.GetUserApplicationCloudSettingsByUid(c, uid)

		if err != nil {
			log.Errorf(c, "[user_app_cloud_settings.ApplicationSettingsUpdateHandler] failed to get latest user application cloud settings for user \"uid:%d\" (try count %d), because %s", uid, i+1, err.Error())
			return false, errs.Or(err, errs.ErrOperationFailed)
		}

		oldApplicationCloudSettingsMap := make(map[string]models.ApplicationCloudSetting)
		lastUpdateTime := int64(0)

		if userApplicationCloudSettings != nil {
			for _, setting := range userApplicationCloudSettings.Settings {
				oldApplicationCloudSettingsMap[setting.SettingKey] = setting
			}

			lastUpdateTime = userApplicationCloudSettings.UpdatedUnixTime
		}

		newApplicationCloudSettingsMap := make(map[string]models.ApplicationCloudSetting)
		var newApplicationCloudSettingSlice models.ApplicationCloudSettingSlice

		if !userAppCloudSettingUpdateReq.FullUpdate && len(oldApplicationCloudSettingsMap) > 0 {
			newApplicationCloudSettingsMap = oldApplicationCloudSettingsMap
		}

		for _, setting := range userAppCloudSettingUpdateReq.Settings {
			newApplicationCloudSettingsMap[setting.SettingKey] = setting
		}

		for _, setting := range newApplicationCloudSettingsMap {
			newApplicationCloudSettingSlice = append(newApplicationCloudSettingSlice, setting)
		}

		err = a.userAppCloudSettings.UpdateUserApplicationCloudSettings(c, uid, newApplicationCloudSettingSlice, userAppCloudSettingUpdateReq.FullUpdate, lastUpdateTime)

		if err == nil {
			break
		}

		time.Sleep(100 * time.Millisecond) // Wait for 100 milliseconds before retrying
	}

	if err != nil {
		log.Errorf(c, "[user_app_cloud_settings.ApplicationSettingsUpdateHandler] failed to update user application cloud settings for user \"uid:%d\", because %s", uid, err.Error())
		return false, errs.Or(err, errs.ErrOperationFailed)
	}

	return true, nil
}
