// Package repo reproduces 1Panel-dev/1Panel 376d6609f2ee backend/app/repo:
// repositories behind interfaces, conditions passed as functional options,
// Get returning a zero struct when nothing is found.
package repo

import "gorm.io/gorm"

var DB *gorm.DB

type BaseModel struct {
	ID uint `gorm:"primarykey"`
}

// Group is app/model/group.go.
type Group struct {
	BaseModel
	Name string `gorm:"type:varchar(64);not null" json:"name"`
	Type string `gorm:"type:varchar(16);not null" json:"type"`
}

type Command struct {
	BaseModel
	Name    string `gorm:"type:varchar(64);unique;not null" json:"name"`
	Command string `gorm:"type:varchar(256);not null" json:"command"`
}

type Setting struct {
	BaseModel
	Key   string `json:"key" gorm:"type:varchar(256);not null;"`
	Value string `json:"value" gorm:"type:varchar(256)"`
}

type DBOption func(*gorm.DB) *gorm.DB

type ICommonRepo interface {
	WithByID(id uint) DBOption
	WithByName(name string) DBOption
	WithByType(tp string) DBOption
}

type CommonRepo struct{}

func NewCommonRepo() ICommonRepo { return &CommonRepo{} }

func (c *CommonRepo) WithByID(id uint) DBOption {
	return func(g *gorm.DB) *gorm.DB { return g.Where("id = ?", id) }
}

func (c *CommonRepo) WithByName(name string) DBOption {
	return func(g *gorm.DB) *gorm.DB { return g.Where("name = ?", name) }
}

func (c *CommonRepo) WithByType(tp string) DBOption {
	return func(g *gorm.DB) *gorm.DB { return g.Where("type = ?", tp) }
}

type IGroupRepo interface {
	Get(opts ...DBOption) (Group, error)
	Create(group *Group) error
	Delete(opts ...DBOption) error
}

type GroupRepo struct{}

func NewIGroupRepo() IGroupRepo { return &GroupRepo{} }

func (u *GroupRepo) Get(opts ...DBOption) (Group, error) {
	var group Group
	db := DB
	for _, opt := range opts {
		db = opt(db)
	}
	err := db.First(&group).Error
	return group, err
}

func (u *GroupRepo) Create(group *Group) error { return DB.Create(group).Error }

func (u *GroupRepo) Delete(opts ...DBOption) error {
	db := DB
	for _, opt := range opts {
		db = opt(db)
	}
	return db.Delete(&Group{}).Error
}

type ICommandRepo interface {
	Get(opts ...DBOption) (Command, error)
	Create(command *Command) error
}

type CommandRepo struct{}

func NewICommandRepo() ICommandRepo { return &CommandRepo{} }

func (u *CommandRepo) Get(opts ...DBOption) (Command, error) {
	var command Command
	db := DB
	for _, opt := range opts {
		db = opt(db)
	}
	err := db.First(&command).Error
	return command, err
}

func (u *CommandRepo) Create(command *Command) error { return DB.Create(command).Error }

type ISettingRepo interface {
	Get(opts ...DBOption) (Setting, error)
	Create(key, value string) error
	Update(key, value string) error
	WithByKey(key string) DBOption
}

type SettingRepo struct{}

func NewISettingRepo() ISettingRepo { return &SettingRepo{} }

func (u *SettingRepo) Get(opts ...DBOption) (Setting, error) {
	var settings Setting
	db := DB.Model(&Setting{})
	for _, opt := range opts {
		db = opt(db)
	}
	err := db.First(&settings).Error
	return settings, err
}

func (u *SettingRepo) Create(key, value string) error {
	setting := &Setting{Key: key, Value: value}
	return DB.Create(setting).Error
}

func (u *SettingRepo) Update(key, value string) error {
	return DB.Model(&Setting{}).Where("key = ?", key).Updates(map[string]interface{}{"value": value}).Error
}

func (u *SettingRepo) WithByKey(key string) DBOption {
	return func(g *gorm.DB) *gorm.DB { return g.Where("key = ?", key) }
}
