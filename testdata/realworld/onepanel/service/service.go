// Package service reproduces 1Panel-dev/1Panel 376d6609f2ee
// backend/app/service: the row is looked up with its error dropped, and
// existence is tested on the zero primary key.
package service

import (
	"errors"

	"example.com/realworld/onepanel/repo"
)

var (
	commonRepo  = repo.NewCommonRepo()
	groupRepo   = repo.NewIGroupRepo()
	commandRepo = repo.NewICommandRepo()
	settingRepo = repo.NewISettingRepo()
)

var ErrRecordExist = errors.New("ErrRecordExist")

type GroupCreate struct{ Name, Type string }

type GroupService struct{}

// Create is app/service/group.go:40.
func (u *GroupService) Create(req GroupCreate) error {
	group, _ := groupRepo.Get(commonRepo.WithByName(req.Name), commonRepo.WithByType(req.Type)) // race
	if group.ID != 0 {
		return ErrRecordExist
	}
	group.Name, group.Type = req.Name, req.Type
	if err := groupRepo.Create(&group); err != nil {
		return err
	}
	return nil
}

// Delete is group.go:54: the zero-ID test guards a delete.
func (u *GroupService) Delete(id uint) error {
	group, _ := groupRepo.Get(commonRepo.WithByID(id)) // safe: guards a delete
	if group.ID == 0 {
		return errors.New("ErrRecordNotFound")
	}
	return groupRepo.Delete(commonRepo.WithByID(group.ID))
}

type CommandService struct{}

// Create is app/service/command.go:96.
func (u *CommandService) Create(name, command string) error {
	cmd, _ := commandRepo.Get(commonRepo.WithByName(name)) // race
	if cmd.ID != 0 {
		return ErrRecordExist
	}
	cmd.Name, cmd.Command = name, command
	if err := commandRepo.Create(&cmd); err != nil {
		return err
	}
	return nil
}

type SettingService struct{}

// Update is app/service/setting.go:104: create the key when missing,
// else update it.
func (u *SettingService) Update(key, value string) error {
	if key == "AppStoreLastModified" {
		exist, _ := settingRepo.Get(settingRepo.WithByKey("AppStoreLastModified")) // race
		if exist.ID == 0 {
			_ = settingRepo.Create("AppStoreLastModified", value)
			return nil
		}
	}
	return settingRepo.Update(key, value)
}
