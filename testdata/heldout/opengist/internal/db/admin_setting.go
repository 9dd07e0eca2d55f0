package db

import (
	"gorm.io/gorm/clause"
)

// AdminSetting reproduces internal/db/admin_setting.go:7 verbatim:
// gorm:"index:,unique" gives a unique index idx_admin_settings_key on key.
type AdminSetting struct {
	Key   string `gorm:"index:,unique"`
	Value string
}

const (
	SettingDisableSignup          = "disable-signup"
	SettingRequireLogin           = "require-login"
	SettingAllowGistsWithoutLogin = "allow-gists-without-login"
	SettingDisableLoginForm       = "disable-login-form"
	SettingDisableGravatar        = "disable-gravatar"
)

// UpdateSetting reproduces internal/db/admin_setting.go:47 (an upsert; not a
// site: no lookup precedes it).
func UpdateSetting(key string, value string) error {
	return db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "key"}}, // key column
		DoUpdates: clause.AssignmentColumns([]string{"value"}),
	}).Create(&AdminSetting{
		Key:   key,
		Value: value,
	}).Error
}

// setSetting reproduces internal/db/admin_setting.go:57. FirstOrCreate is a
// SELECT ... LIMIT 1 followed, when nothing is found, by an INSERT.
func setSetting(key string, value string) error {
	return db.FirstOrCreate(&AdminSetting{Key: key, Value: value}, &AdminSetting{Key: key}).Error // safe: start-up seeding from db.Setup; admin_settings.key is a unique index (admin_setting.go:8) and initAdminSettings ignores the loser's unique violation (:64)
}

// initAdminSettings reproduces internal/db/admin_setting.go:61.
func initAdminSettings(settings map[string]string) error {
	for key, value := range settings {
		if err := setSetting(key, value); err != nil {
			if !IsUniqueConstraintViolation(err) {
				return err
			}
		}
	}

	return nil
}
