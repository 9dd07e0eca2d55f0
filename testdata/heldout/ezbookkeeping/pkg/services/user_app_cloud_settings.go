package services

import (
	"sort"
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
)

// UserApplicationCloudSettingsService represents user application cloud settings service (pkg/services/user_app_cloud_settings.go)
type UserApplicationCloudSettingsService struct {
	ServiceUsingDB
}

// Initialize a user application cloud settings service singleton instance
var (
	UserApplicationCloudSettings = &UserApplicationCloudSettingsService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
	}
)

// GetUserApplicationCloudSettingsByUid returns user application cloud settings models of user (pkg/services/user_app_cloud_settings.go:31)
func (s *UserApplicationCloudSettingsService) GetUserApplicationCloudSettingsByUid(c core.Context, uid int64) (*models.UserApplicationCloudSetting, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	applicationCloudSetting := &models.UserApplicationCloudSetting{}
	has, err := s.UserDB().NewSession(c).ID(uid).Get(applicationCloudSetting)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, nil
	}

	return applicationCloudSetting, nil
}

// UpdateUserApplicationCloudSettings updates user application cloud settings (pkg/services/user_app_cloud_settings.go:49)
func (s *UserApplicationCloudSettingsService) UpdateUserApplicationCloudSettings(c core.Context, uid int64, settings models.ApplicationCloudSettingSlice, forceUpdate bool, lastUpdateTime int64) error {
	if uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	sort.Sort(settings)

	userApplicationCloudSetting := &models.UserApplicationCloudSetting{
		Uid:             uid,
		Settings:        settings,
		UpdatedUnixTime: time.Now().Unix(),
	}

	return s.UserDB().DoTransaction(c, func(sess *xorm.Session) error {
		exists, err := sess.Cols("uid").Where("uid=?", uid).Exist(&models.UserApplicationCloudSetting{}) // safe: the only caller (api ApplicationSettingsUpdateHandler) retries on any error after 100ms, re-reading the row, so the loser of the PK(uid) insert race takes the update branch

		if err != nil {
			return err
		}

		updatedRows := int64(0)

		if !exists {
			updatedRows, err = sess.Insert(userApplicationCloudSetting)
		} else if forceUpdate || lastUpdateTime <= 0 {
			updatedRows, err = sess.ID(uid).Cols("settings", "updated_unix_time").Update(userApplicationCloudSetting)
		} else {
			updatedRows, err = sess.ID(uid).Cols("settings", "updated_unix_time").Where("updated_unix_time=?", lastUpdateTime).Update(userApplicationCloudSetting)
		}

		if err != nil {
			return err
		} else if updatedRows < 1 {
			log.Errorf(c, "[user_app_cloud_settings.UpdateUserApplicationCloudSettings] failed to update user application cloud settings")
			return errs.ErrDatabaseOperationFailed
		}

		return nil
	})
}
