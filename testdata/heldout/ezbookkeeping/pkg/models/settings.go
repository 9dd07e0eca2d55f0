package models

import "strings"

// UserApplicationCloudSetting represents user application cloud setting stored in database (pkg/models/user_app_cloud_setting.go:79)
type UserApplicationCloudSetting struct {
	Uid             int64                        `xorm:"PK"`
	Settings        ApplicationCloudSettingSlice `xorm:"BLOB"`
	UpdatedUnixTime int64
}

// ApplicationCloudSetting represents a setting item
type ApplicationCloudSetting struct {
	SettingKey   string `json:"settingKey"`
	SettingValue string `json:"settingValue"`
}

// ApplicationCloudSettingSlice represents the slice data structure of ApplicationCloudSetting
type ApplicationCloudSettingSlice []ApplicationCloudSetting

// Len returns the count of items
func (s ApplicationCloudSettingSlice) Len() int { return len(s) }

// Swap swaps two items
func (s ApplicationCloudSettingSlice) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Less reports whether the first item is less than the second one
func (s ApplicationCloudSettingSlice) Less(i, j int) bool { return s[i].SettingKey < s[j].SettingKey }

// UserApplicationCloudSettingsUpdateRequest represents all parameters of application cloud settings update request
type UserApplicationCloudSettingsUpdateRequest struct {
	Settings   ApplicationCloudSettingSlice `json:"settings"`
	FullUpdate bool                         `json:"fullUpdate"`
}

// UserCustomExchangeRateFactorInDatabase is the factor of stored rates
const UserCustomExchangeRateFactorInDatabase = int64(100000000)

// UserCustomExchangeRate represents user custom exchange rate data (pkg/models/exchange_rate.go:12)
type UserCustomExchangeRate struct {
	Uid             int64  `xorm:"PK NOT NULL"`
	DeletedUnixTime int64  `xorm:"PK NOT NULL"`
	Currency        string `xorm:"PK VARCHAR(3) NOT NULL"`
	Rate            int64  `xorm:"NOT NULL"`
	CreatedUnixTime int64
	UpdatedUnixTime int64
}

// UserCustomExchangeRateUpdateRequest represents all parameters of user custom exchange rate data updating request
type UserCustomExchangeRateUpdateRequest struct {
	Currency string `json:"currency" binding:"required,len=3,validCurrency"`
	Rate     string `json:"rate"`
}

// CreateUserCustomExchangeRate returns a user custom exchange rate database model according to currency and rate (pkg/models/exchange_rate.go:76, reduced)
func CreateUserCustomExchangeRate(uid int64, currency string, exchangeRate string, baseCurrencyRate int64) (*UserCustomExchangeRate, error) {
	rate := UserCustomExchangeRateFactorInDatabase

	if strings.TrimSpace(exchangeRate) != "1" && baseCurrencyRate > 0 {
		rate = baseCurrencyRate
	}

	return &UserCustomExchangeRate{
		Uid:      uid,
		Currency: currency,
		Rate:     rate,
	}, nil
}
