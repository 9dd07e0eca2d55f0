package models

import (
	"encoding/json"

	"gorm.io/gorm"
)

// ModuleConfig reproduces service/models/moduleConfig.go:9.
type ModuleConfig struct {
	BaseModel
	UserId    uint                   `gorm:"index" json:"userId"`
	Name      string                 `gorm:"type:varchar(255)" json:"name"`
	ValueJson string                 `gorm:"type:text" json:"-"`
	Value     map[string]interface{} `gorm:"-" json:"value"`
}

// Save reproduces service/models/moduleConfig.go:34.
func (m *ModuleConfig) Save(db *gorm.DB) error {

	// 处理字段
	if jb, err := json.Marshal(m.Value); err != nil {
		m.ValueJson = "{}"
	} else {
		m.ValueJson = string(jb)
	}

	// 保存操作
	if err := db.First(&ModuleConfig{}, "user_id=? AND name=?", m.UserId, m.Name).Error; err != nil { // race
		if err == gorm.ErrRecordNotFound {
			// 新增
			if err := db.Create(&m).Error; err != nil {
				return err
			}
		} else {
			return err
		}
	} else {
		// 修改
		if err := db.Select("Name", "UserId", "ValueJson").Where("user_id=? AND name=?", m.UserId, m.Name).Updates(&m).Error; err != nil {
			return err
		}
	}

	return nil
}
