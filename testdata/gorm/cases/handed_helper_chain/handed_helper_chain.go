// Models written once for every table through shared helpers
// (nightingale's models package): Count runs the query it is handed,
// Exists tests that count, and each model's helper hands them a query
// of its model with its caller's conditions (BusiGroupExists(ctx,
// "name=?", name)). A getter that takes its conditions
// (UserGet(ctx, where, args...)) is forwarded to by one that writes
// them (UserGetByUsername: "username=?"); its callers' key is the
// column it writes, not a condition they pass. Fixed where a unique
// key covers the conditions; reported where none does. A getter that
// applies its caller's conditions only when it is given some
// (MessageTemplatesGet), and one that answers the first of its rows
// (MessageTemplateGet), are lookups by the conditions a call gives.
package handed_helper_chain

import (
	"errors"

	"gorm.io/gorm"
)

type Ctx struct{ DB *gorm.DB }

type BusiGroup struct {
	ID         int64  `gorm:"primaryKey"`
	Name       string `gorm:"uniqueIndex"`
	LabelValue string
}

type User struct {
	ID       int64  `gorm:"primaryKey"`
	Username string `gorm:"uniqueIndex"`
	Nickname string
}

func DB(ctx *Ctx) *gorm.DB { return ctx.DB }

func Count(tx *gorm.DB) (int64, error) {
	var cnt int64
	err := tx.Count(&cnt).Error
	return cnt, err
}

func Exists(tx *gorm.DB) (bool, error) {
	num, err := Count(tx)
	return num > 0, err
}

func Insert(ctx *Ctx, obj interface{}) error {
	return DB(ctx).Create(obj).Error
}

func BusiGroupExists(ctx *Ctx, where string, args ...interface{}) (bool, error) {
	return Exists(DB(ctx).Model(&BusiGroup{}).Where(where, args...))
}

func BusiGroupCount(ctx *Ctx, where string, args ...interface{}) (int64, error) {
	return Count(DB(ctx).Model(&BusiGroup{}).Where(where, args...))
}

// BusiGroupAdd: fixed (busi_groups.name is unique).
func BusiGroupAdd(ctx *Ctx, name, labelValue string) error {
	exists, err := BusiGroupExists(ctx, "name=?", name)
	if err != nil {
		return err
	}
	if exists {
		return errors.New("BusiGroup already exists")
	}
	obj := &BusiGroup{Name: name, LabelValue: labelValue}
	return Insert(ctx, obj)
}

// BusiGroupAddLabelled: reported, label_value has no unique key.
func BusiGroupAddLabelled(ctx *Ctx, name, labelValue string) error {
	num, err := BusiGroupCount(ctx, "label_value = ?", labelValue)
	if err != nil {
		return err
	}
	if num > 0 {
		return errors.New("label taken")
	}
	return Insert(ctx, &BusiGroup{Name: name, LabelValue: labelValue})
}

func UserGet(ctx *Ctx, where string, args ...interface{}) (*User, error) {
	var lst []*User
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}
	if len(lst) == 0 {
		return nil, nil
	}
	return lst[0], nil
}

func UserGetByUsername(ctx *Ctx, username string) (*User, error) {
	return UserGet(ctx, "username=?", username)
}

func UserGetByNickname(ctx *Ctx, nickname string) (*User, error) {
	return UserGet(ctx, "nickname=?", nickname)
}

func (u *User) Add(ctx *Ctx) error {
	return Insert(ctx, u)
}

// EnsureUser: fixed (users.username is unique).
func EnsureUser(ctx *Ctx, username string) (*User, error) {
	user, err := UserGetByUsername(ctx, username)
	if err != nil {
		return nil, err
	}
	if user == nil {
		user = &User{Username: username, Nickname: username}
		if err := user.Add(ctx); err != nil {
			return nil, err
		}
	}
	return user, nil
}

// EnsureNickname: reported, nickname has no unique key.
func EnsureNickname(ctx *Ctx, username, nickname string) (*User, error) {
	user, err := UserGetByNickname(ctx, nickname)
	if err != nil {
		return nil, err
	}
	if user == nil {
		user = &User{Username: username, Nickname: nickname}
		if err := user.Add(ctx); err != nil {
			return nil, err
		}
	}
	return user, nil
}

type MessageTemplate struct {
	ID    int64  `gorm:"primaryKey"`
	Ident string `gorm:"uniqueIndex"`
	Name  string
}

// MessageTemplatesGet applies its caller's conditions only when it is
// given some: a call with them is a lookup by them.
func MessageTemplatesGet(ctx *Ctx, where string, args ...interface{}) ([]*MessageTemplate, error) {
	lst := make([]*MessageTemplate, 0)
	session := DB(ctx)
	if where != "" && len(args) > 0 {
		session = session.Where(where, args...)
	}
	err := session.Find(&lst).Error
	if err != nil {
		return nil, err
	}
	return lst, nil
}

// MessageTemplateGet answers the first row, nil when there is none.
func MessageTemplateGet(ctx *Ctx, where string, args ...interface{}) (*MessageTemplate, error) {
	lst, err := MessageTemplatesGet(ctx, where, args...)
	if err != nil || len(lst) == 0 {
		return nil, err
	}
	return lst[0], err
}

// EnsureTemplate: fixed (message_templates.ident is unique).
func EnsureTemplate(ctx *Ctx, ident, name string) (*MessageTemplate, error) {
	tpl, err := MessageTemplateGet(ctx, "ident = ?", ident)
	if err != nil {
		return nil, err
	}
	if tpl == nil {
		tpl = &MessageTemplate{Ident: ident, Name: name}
		if err := Insert(ctx, tpl); err != nil {
			return nil, err
		}
	}
	return tpl, nil
}

// EnsureNamedTemplate: reported, name has no unique key.
func EnsureNamedTemplate(ctx *Ctx, ident, name string) (*MessageTemplate, error) {
	tpl, err := MessageTemplateGet(ctx, "name = ?", name)
	if err != nil {
		return nil, err
	}
	if tpl == nil {
		tpl = &MessageTemplate{Ident: ident, Name: name}
		if err := Insert(ctx, tpl); err != nil {
			return nil, err
		}
	}
	return tpl, nil
}
