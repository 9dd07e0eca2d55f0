package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"github.com/pkg/errors"
)

// MessageTemplate reproduces models/message_tpl.go:22 (table message_template,
// docker/initsql/a-n9e.sql:828-843: only PRIMARY KEY (id); the migrate struct
// models/migrate/migrate.go:550-564 declares no index either; ident is not
// unique).
type MessageTemplate struct {
	ID                 int64             `json:"id" gorm:"primarykey"`
	Name               string            `json:"name"`                           // 模板名称
	Ident              string            `json:"ident"`                          // 模板标识
	Content            map[string]string `json:"content" gorm:"serializer:json"` // 模板内容
	UserGroupIds       []int64           `json:"user_group_ids" gorm:"serializer:json"`
	NotifyChannelIdent string            `json:"notify_channel_ident"` // 通知媒介 Ident
	Private            int               `json:"private"`              // 0-公开 1-私有
	Weight             int               `json:"weight"`               // 权重，根据此字段对内置模板进行排序
	Lang               string            `json:"lang"`                 // 模板语言，为空视为中文（兼容存量数据）
	CreateAt           int64             `json:"create_at"`
	CreateBy           string            `json:"create_by"`
	UpdateAt           int64             `json:"update_at"`
	UpdateBy           string            `json:"update_by"`
}

func (t *MessageTemplate) TableName() string {
	return "message_template"
}

func (t *MessageTemplate) Verify() error {
	if t.Name == "" {
		return errors.New("template name cannot be empty")
	}

	if t.Ident == "" {
		return errors.New("template identifier cannot be empty")
	}
	return nil
}

// Update reproduces models/message_tpl.go:126.
func (t *MessageTemplate) Update(ctx *ctx.Context, ref MessageTemplate) error {
	// ref.FE2DB()
	if t.Ident != ref.Ident {
		return errors.New("cannot update ident")
	}

	ref.ID = t.ID
	ref.CreateAt = t.CreateAt
	ref.CreateBy = t.CreateBy
	ref.UpdateAt = time.Now().Unix()

	err := ref.Verify()
	if err != nil {
		return err
	}
	return DB(ctx).Model(t).Select("*").Updates(ref).Error
}

// MessageTemplateGet reproduces models/message_tpl.go:150.
func MessageTemplateGet(ctx *ctx.Context, where string, args ...interface{}) (*MessageTemplate, error) {
	lst, err := MessageTemplatesGet(ctx, where, args...)
	if err != nil || len(lst) == 0 {
		return nil, err
	}
	return lst[0], err
}

// MessageTemplatesGet reproduces models/message_tpl.go:158 (trimmed of DB2FE).
func MessageTemplatesGet(ctx *ctx.Context, where string, args ...interface{}) ([]*MessageTemplate, error) {
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

// MsgTplMap stands in for the built-in template list (message_tpl.go:~700-1090).
var MsgTplMap = []MessageTemplate{}

// InitMessageTemplate reproduces models/message_tpl.go:1093 (trimmed). It is
// started as `go models.InitMessageTemplate(ctx)` by alert.Start
// (alert/alert.go:122) in every center process.
func InitMessageTemplate(ctx *ctx.Context) {
	if !ctx.IsCenter {
		return
	}

	for _, tpl := range MsgTplMap {
		msgTpl := MessageTemplate{
			Name:               tpl.Name,
			Ident:              tpl.Ident,
			Content:            tpl.Content,
			NotifyChannelIdent: tpl.NotifyChannelIdent,
			Lang:               tpl.Lang,
			CreateBy:           "system",
			CreateAt:           time.Now().Unix(),
			UpdateBy:           "system",
			UpdateAt:           time.Now().Unix(),
			Weight:             tpl.Weight,
		}

		err := msgTpl.Upsert(ctx, msgTpl.Ident)
		if err != nil {
			logger.Warningf("failed to upsert msg tpls %v", err)
		}
	}
}

// Upsert reproduces models/message_tpl.go:1129 (lookup :1130, insert :1135,
// update :1141).
func (t *MessageTemplate) Upsert(ctx *ctx.Context, ident string) error {
	tpl, err := MessageTemplateGet(ctx, "ident = ?", ident) // race; no unique key: message_template has only PRIMARY KEY (id) (a-n9e.sql:828-843)
	if err != nil {
		return errors.WithMessage(err, "failed to get message tpl")
	}
	if tpl == nil {
		return Insert(ctx, t)
	}

	if tpl.UpdateBy != "" && tpl.UpdateBy != "system" {
		return nil
	}
	return tpl.Update(ctx, *t)
}
