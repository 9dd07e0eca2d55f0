// Package goadmin reproduces go-admin-team/go-admin 85666f1
// (app/admin/service): existence counted, then created.
package goadmin

import (
	"errors"
	"fmt"
	"log"

	"gorm.io/gorm"
)

type SysRole struct {
	RoleId   int    `json:"roleId" gorm:"primaryKey;autoIncrement"`
	RoleName string `json:"roleName" gorm:"size:128;"`
	RoleKey  string `json:"roleKey" gorm:"size:128;"`
}

type SysUser struct {
	UserId   int    `gorm:"primaryKey;autoIncrement;comment:编码"  json:"userId"`
	Username string `json:"username" gorm:"size:64;comment:用户名"`
}

type SysDictType struct {
	ID       int    `json:"id" gorm:"primaryKey;column:dict_id;"`
	DictName string `json:"dictName" gorm:"size:128;"`
	DictType string `json:"dictType" gorm:"size:128;comment:DictType"`
}

type SysRoleInsertReq struct{ RoleName, RoleKey string }

func (s *SysRoleInsertReq) Generate(model *SysRole) {
	model.RoleName = s.RoleName
	model.RoleKey = s.RoleKey
}

type Service struct{ Orm *gorm.DB }

// InsertRole is sys_role.go:88.
func (e *Service) InsertRole(tx *gorm.DB, c *SysRoleInsertReq) error {
	var err error
	var data SysRole
	c.Generate(&data)
	var count int64
	err = tx.Model(&data).Where("role_key = ?", c.RoleKey).Count(&count).Error // race
	if err != nil {
		return err
	}
	if count > 0 {
		return errors.New("roleKey已存在，需更换在提交！")
	}
	return tx.Create(&data).Error
}

// InsertUser is sys_user.go:67.
func (e *Service) InsertUser(username string) error {
	var err error
	var data SysUser
	var i int64
	err = e.Orm.Model(&data).Where("username = ?", username).Count(&i).Error // race
	if err != nil {
		log.Printf("db error: %s", err)
		return err
	}
	if i > 0 {
		return errors.New("用户名已存在！")
	}
	data.Username = username
	err = e.Orm.Create(&data).Error
	if err != nil {
		log.Printf("db error: %s", err)
		return err
	}
	return nil
}

// InsertDictType is sys_dict_type.go:64.
func (e *Service) InsertDictType(name, typ string) error {
	var err error
	data := SysDictType{DictName: name, DictType: typ}
	var count int64
	if err = e.Orm.Model(&data).Where("dict_type = ?", data.DictType).Count(&count).Error; err != nil { // race
		return err
	}
	if count > 0 {
		return fmt.Errorf("当前字典类型[%s]已经存在！", data.DictType)
	}
	return e.Orm.Create(&data).Error
}

// UpdateDictType counts another row with the same type before an update:
// no create, so no get-or-create race.
func (e *Service) UpdateDictType(id int, typ string) error {
	var count int64
	if err := e.Orm.Model(&SysDictType{}).Where("dict_type = ? AND dict_id <> ?", typ, id).Count(&count).Error; err != nil { // safe: guards an update
		return err
	}
	if count > 0 {
		return errors.New("exists")
	}
	return e.Orm.Model(&SysDictType{ID: id}).Update("dict_type", typ).Error
}
