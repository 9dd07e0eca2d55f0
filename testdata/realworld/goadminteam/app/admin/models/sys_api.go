// Package models reproduces go-admin-team/go-admin 85666f160f29 app/admin/models.
package models

import (
	"encoding/json"
	"fmt"
	"strings"

	"example.com/realworld/goadminteam/common/models"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/runtime"
	"example.com/realworld/goadminteam/third_party/goadmincore/storage"
)

// SysApi is app/admin/models/sys_api.go:19.
type SysApi struct {
	Id     int    `json:"id" gorm:"primaryKey;autoIncrement;comment:主键编码"`
	Handle string `json:"handle" gorm:"size:128;comment:handle"`
	Title  string `json:"title" gorm:"size:128;comment:标题"`
	Path   string `json:"path" gorm:"size:128;comment:地址"`
	Action string `json:"action" gorm:"size:16;comment:请求类型"`
	Type   string `json:"type" gorm:"size:16;comment:接口类型"`
	models.ModelTime
	models.ControlBy
}

// TableName is app/admin/models/sys_api.go:30.
func (*SysApi) TableName() string {
	return "sys_api"
}

// Generate is app/admin/models/sys_api.go:34.
func (e *SysApi) Generate() models.ActiveRecord {
	o := *e
	return &o
}

// GetId is app/admin/models/sys_api.go:39.
func (e *SysApi) GetId() interface{} {
	return e.Id
}

// SaveSysApi is app/admin/models/sys_api.go:43, registered as a queue
// consumer by cmd/api/server.go:72 (the swagger-title lookup is trimmed).
func SaveSysApi(message storage.Messager) (err error) {
	var rb []byte
	rb, err = json.Marshal(message.GetValues())
	if err != nil {
		err = fmt.Errorf("json Marshal error, %v", err.Error())
		return err
	}

	var l runtime.Routers
	err = json.Unmarshal(rb, &l)
	if err != nil {
		err = fmt.Errorf("json Unmarshal error, %s", err.Error())
		return err
	}
	dbList := sdk.Runtime.GetAllDb()
	for _, d := range dbList {
		for _, v := range l.List {
			if v.HttpMethod != "HEAD" ||
				strings.Contains(v.RelativePath, "/swagger/") ||
				strings.Contains(v.RelativePath, "/static/") ||
				strings.Contains(v.RelativePath, "/form-generator/") ||
				strings.Contains(v.RelativePath, "/sys/tables") {

				apiTitle := ""

				err := d.Debug().Where(SysApi{Path: v.RelativePath, Action: v.HttpMethod}).
					Attrs(SysApi{Handle: v.Handler, Title: apiTitle}).
					FirstOrCreate(&SysApi{}). // race
					//Update("handle", v.Handler).
					Error
				if err != nil {
					err := fmt.Errorf("Models SaveSysApi error: %s \r\n ", err.Error())
					return err
				}
			}
		}
	}
	return nil
}
