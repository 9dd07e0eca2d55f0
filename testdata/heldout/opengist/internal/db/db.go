// Package db reproduces the data layer of github.com/thomiceli/opengist
// (internal/db), GORM v2 over SQLite/PostgreSQL/MySQL, reduced to what the
// catalogued sites use.
package db

import (
	"errors"

	"gorm.io/gorm"
)

// internal/db/db.go:23
var db *gorm.DB

// Setup reproduces internal/db/db.go:116 (Setup). Reduced: the DSN parsing and
// the driver selection (glebarez/sqlite, gorm.io/driver/postgres,
// gorm.io/driver/mysql, all opened with TranslateError: true, db.go:239-283)
// are replaced by a dialector argument; the schema (AutoMigrate list, :169),
// the migrations (:173) and the start-up seeding of the admin settings (:178)
// are kept.
func Setup(dialector gorm.Dialector) error {
	var err error
	db, err = gorm.Open(dialector, &gorm.Config{
		TranslateError: true,
	})
	if err != nil {
		return err
	}

	if err = db.SetupJoinTable(&Gist{}, "Likes", &Like{}); err != nil {
		return err
	}

	if err = db.SetupJoinTable(&User{}, "Liked", &Like{}); err != nil {
		return err
	}

	if db.Migrator().HasTable(&GistInitQueue{}) {
		if err = db.Where("1 = 1").Delete(&GistInitQueue{}).Error; err != nil {
			return err
		}
	}

	if err = db.AutoMigrate(&User{}, &Gist{}, &SSHKey{}, &AdminSetting{}, &Invitation{}, &WebAuthnCredential{}, &TOTP{}, &GistTopic{}, &GistLanguage{}, &GistInitQueue{}, &AccessToken{}, &ActionLock{}); err != nil {
		return err
	}

	if err = applyMigrations(); err != nil {
		return err
	}

	// Default admin setting values
	return initAdminSettings(map[string]string{
		SettingDisableSignup:          "0",
		SettingRequireLogin:           "0",
		SettingAllowGistsWithoutLogin: "0",
		SettingDisableLoginForm:       "0",
		SettingDisableGravatar:        "0",
	})
}

// IsUniqueConstraintViolation reproduces internal/db/db.go:201.
func IsUniqueConstraintViolation(err error) bool {
	return errors.Is(err, gorm.ErrDuplicatedKey)
}
