// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"fmt"
	"reflect"

	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/util/common"
	"example.com/realworld/threexui/util/reflect_util"
	"example.com/realworld/threexui/web/entity"

	"gorm.io/gorm"
)

// defaultValueMap is web/service/setting.go:44 (trimmed).
var defaultValueMap = map[string]string{
	"webListen":                "",
	"webPort":                  "2053",
	"secret":                   "",
	"nodeMtlsCaCertPem":        "",
	"nodeMtlsCaKeyPem":         "",
	"nodeMtlsClientCertPem":    "",
	"nodeMtlsClientKeyPem":     "",
	"nodeMtlsClientCertSha256": "",
}

// SettingService is web/service/setting.go:180.
type SettingService struct{}

// getSetting is web/service/setting.go:319.
func (s *SettingService) getSetting(key string) (*model.Setting, error) {
	db := database.GetDB()
	setting := &model.Setting{}
	err := db.Model(model.Setting{}).Where("key = ?", key).First(setting).Error
	if err != nil {
		return nil, err
	}
	return setting, nil
}

// saveSetting is web/service/setting.go:329: getSetting, IsNotFound ->
// Create, else Save.
func (s *SettingService) saveSetting(key string, value string) error {
	setting, err := s.getSetting(key) // race
	db := database.GetDB()
	if database.IsNotFound(err) {
		return db.Create(&model.Setting{
			Key:   key,
			Value: value,
		}).Error
	} else if err != nil {
		return err
	}
	setting.Key = key
	setting.Value = value
	return db.Save(setting).Error
}

// getString is web/service/setting.go:345.
func (s *SettingService) getString(key string) (string, error) {
	setting, err := s.getSetting(key)
	if database.IsNotFound(err) {
		value, ok := defaultValueMap[key]
		if !ok {
			return "", common.NewErrorf("key <%v> not in defaultValueMap", key)
		}
		return value, nil
	} else if err != nil {
		return "", err
	}
	return setting.Value, nil
}

// setString is web/service/setting.go:359.
func (s *SettingService) setString(key string, value string) error {
	return s.saveSetting(key, value)
}

// UpdateAllSetting is web/service/setting.go:1194: all rows preloaded into
// byKey inside a transaction; missing keys are created (validation steps
// trimmed).
func (s *SettingService) UpdateAllSetting(allSetting *entity.AllSetting) error {
	v := reflect.ValueOf(allSetting).Elem()
	t := reflect.TypeFor[entity.AllSetting]()
	fields := reflect_util.GetFields(t)

	db := database.GetDB()
	return db.Transaction(func(tx *gorm.DB) error {
		var existing []*model.Setting
		if err := tx.Find(&existing).Error; err != nil { // race
			return err
		}
		byKey := make(map[string]*model.Setting, len(existing))
		for _, st := range existing {
			byKey[st.Key] = st
		}
		for _, field := range fields {
			key := field.Tag.Get("json")
			fieldV := v.FieldByName(field.Name)
			value := fmt.Sprint(fieldV.Interface())
			if st, ok := byKey[key]; ok {
				if st.Value == value {
					continue
				}
				st.Value = value
				if err := tx.Save(st).Error; err != nil {
					return err
				}
				continue
			}
			if err := tx.Create(&model.Setting{Key: key, Value: value}).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
