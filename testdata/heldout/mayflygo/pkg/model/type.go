package model

import (
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

/*************** ExtraData  ***************/

// ExtraData 带有额外其他信息字段的结构体
type ExtraData struct {
	Extra collx.M `json:"extra" gorm:"type:varchar(2000)"`
}

// SetExtraValue 设置额外信息字段值
func (m *ExtraData) SetExtraValue(key string, val any) {
	if m.Extra != nil {
		m.Extra[key] = val
	} else {
		m.Extra = collx.M{key: val}
	}
}

// GetExtraString 获取额外信息中的string类型字段值
func (e ExtraData) GetExtraString(key string) string {
	return e.Extra.GetStr(key)
}
