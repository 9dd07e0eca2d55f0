package setting

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/model"
	"gorm.io/gorm"
)

// Get reproduces setting/get.go:13 (lookup :26-28).
func Get(ctx context.Context, db *gorm.DB) (model.UserSetting, error) {
	internal := model.UserSetting{}
	user := auth.GetUser(ctx)
	defaultSettings := model.UserSetting{
		Theme:              model.ThemeGruvboxDark,
		DateLocale:         model.DateLocaleAmerican,
		FirstDayOfTheWeek:  time.Monday.String(),
		DateTimeInputStyle: model.DateTimeInputFancy,
	}

	if user == nil {
		return defaultSettings, nil
	}
	find := db.Where(&model.UserSetting{UserID: user.ID}).Take(&internal) // safe: not found returns the default settings; nothing is inserted (the row is only written by SetUserSettings)

	if errors.Is(find.Error, gorm.ErrRecordNotFound) {
		return defaultSettings, nil
	}

	if find.Error != nil {
		return defaultSettings, find.Error
	}

	return internal, nil
}
