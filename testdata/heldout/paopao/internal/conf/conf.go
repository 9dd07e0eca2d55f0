// Package conf stands in for rocboss/paopao-ce 0b35d12b74c0 internal/conf (the one setting the sites read).
package conf

// AppSettingS stands in for conf.appConf (trimmed).
type AppSettingS struct {
	AttachmentIncomeRate float64
}

// AppSetting stands in for conf.AppSetting.
var AppSetting = &AppSettingS{AttachmentIncomeRate: 0.8}
