package setting

import (
	"context"
	"time"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// SetUserSettings reproduces setting/usersettings.go:13 (save :22).
// Upstream (GORM v1.9.2) Save of a value with a non-zero primary key is an UPDATE
// and, when it affects no row, FirstOrCreate (jinzhu/gorm main.go:427-437, :386-397):
// a SELECT by user_id then an INSERT inside the library. In GORM v2 the fallback is
// an INSERT ... ON CONFLICT DO UPDATE (gorm.io/gorm finisher_api.go:117-121).
func (r *ResolverForSettings) SetUserSettings(ctx context.Context, settings gqlmodel.InputUserSettings) (*gqlmodel.UserSettings, error) {
	internal := model.UserSetting{
		Theme:              settings.Theme.String(),
		FirstDayOfTheWeek:  settings.FirstDayOfTheWeek.String(),
		UserID:             auth.GetUser(ctx).ID,
		DateLocale:         settings.DateLocale.String(),
		DateTimeInputStyle: settings.DateTimeInputStyle.String(),
	}

	save := r.DB.Save(internal) // safe: Save with the primary key user_id set is an UPDATE, then (no row) an INSERT ... ON CONFLICT (user_id) DO UPDATE in GORM v2; user_settings.user_id is the primary key (model/setting.go:7)

	return toExternal(internal), save.Error
}

// UserSettings reproduces setting/usersettings.go:28.
func (r *ResolverForSettings) UserSettings(ctx context.Context) (*gqlmodel.UserSettings, error) {
	settings, err := Get(ctx, r.DB)
	return toExternal(settings), err
}

// toExternal reproduces setting/usersettings.go:33 (trimmed).
func toExternal(internal model.UserSetting) *gqlmodel.UserSettings {
	return &gqlmodel.UserSettings{
		Theme:              gqlmodel.Theme(internal.Theme),
		DateLocale:         gqlmodel.DateLocale(internal.DateLocale),
		FirstDayOfTheWeek:  gqlmodel.WeekDay(time.Weekday(internal.FirstDayOfTheWeekTimeWeekday()).String()),
		DateTimeInputStyle: gqlmodel.DateTimeInputStyle(internal.DateTimeInputStyle),
	}
}
