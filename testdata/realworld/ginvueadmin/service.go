// Package ginvueadmin reproduces flipped-aurora/gin-vue-admin 02f378332
// (server/service/system).
package ginvueadmin

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var GVA_DB *gorm.DB

// SysUser is model/system/sys_user.go:26: username has an index, not a
// unique one, so two registrations give two users.
type SysUser struct {
	gorm.Model
	Username string `json:"userName" gorm:"index;comment:用户登录名"`
	Password string
}

type SysApi struct {
	gorm.Model
	Path   string `json:"path" gorm:"comment:api路径"`
	Method string `json:"method" gorm:"default:POST;comment:方法"`
}

type SysDictionary struct {
	gorm.Model
	Type string `json:"type" form:"type" gorm:"column:type;comment:字典名（英）"`
}

type SysAuthority struct {
	AuthorityId   uint   `json:"authorityId" gorm:"not null;unique;primary_key"`
	AuthorityName string `json:"authorityName"`
}

// Register is service/system/sys_user.go:30.
func Register(ctx context.Context, u SysUser) (userInter SysUser, err error) {
	var user SysUser
	if !errors.Is(GVA_DB.WithContext(ctx).Where("username = ?", u.Username).First(&user).Error, gorm.ErrRecordNotFound) { // race
		return userInter, errors.New("用户名已注册")
	}
	err = GVA_DB.WithContext(ctx).Create(&u).Error
	return u, err
}

// CreateApi is service/system/sys_api.go:26.
func CreateApi(ctx context.Context, api SysApi) (SysApi, error) {
	if !errors.Is(GVA_DB.WithContext(ctx).Where("path = ? AND method = ?", api.Path, api.Method).First(&SysApi{}).Error, gorm.ErrRecordNotFound) { // race
		return SysApi{}, errors.New("存在相同api")
	}
	err := GVA_DB.WithContext(ctx).Create(&api).Error
	return api, err
}

// CreateSysDictionary is service/system/sys_dictionary.go:25.
func CreateSysDictionary(ctx context.Context, sysDictionary SysDictionary) (SysDictionary, error) {
	if (!errors.Is(GVA_DB.WithContext(ctx).First(&SysDictionary{}, "type = ?", sysDictionary.Type).Error, gorm.ErrRecordNotFound)) { // race
		return SysDictionary{}, errors.New("存在相同的type，不允许创建")
	}
	err := GVA_DB.WithContext(ctx).Create(&sysDictionary).Error
	return sysDictionary, err
}

// CreateAuthority is service/system/sys_authority.go:31: the id is the
// primary key, so the loser fails on it.
func CreateAuthority(ctx context.Context, auth SysAuthority) (authority SysAuthority, err error) {
	if err = GVA_DB.WithContext(ctx).Where("authority_id = ?", auth.AuthorityId).First(&SysAuthority{}).Error; !errors.Is(err, gorm.ErrRecordNotFound) { // race
		return auth, errors.New("存在相同角色id")
	}
	e := GVA_DB.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err = tx.Create(&auth).Error; err != nil {
			return err
		}
		return tx.Model(&auth).Update("authority_name", auth.AuthorityName).Error
	})
	return auth, e
}

// DeleteAuthority is sys_authority.go:141: an existence test that guards
// a delete, not a create.
func DeleteAuthority(ctx context.Context, auth SysAuthority) error {
	if !errors.Is(GVA_DB.WithContext(ctx).Where("authority_id = ?", auth.AuthorityId).First(&SysUser{}).Error, gorm.ErrRecordNotFound) { // safe: guards a delete
		return errors.New("此角色有用户正在使用禁止删除")
	}
	return GVA_DB.WithContext(ctx).Delete(&auth).Error
}
