package migrations

import (
	"time"

	msgentity "example.com/heldout/mayflygo/internal/msg/domain/entity"
	sysentity "example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/pkg/gormigrate"
	"example.com/heldout/mayflygo/pkg/logx"
	"example.com/heldout/mayflygo/pkg/model"

	"gorm.io/gorm"
)

// V1_9 reproduces server/migration/migrations/v1_9.go (V1_9_3 trimmed).
func V1_9() []*gormigrate.Migration {
	var migrations []*gormigrate.Migration
	migrations = append(migrations, V1_9_4()...)
	return migrations
}

func V1_9_4() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20250213-v1.9.4-addMsg",
			Migrate: func(tx *gorm.DB) error {
				tx.AutoMigrate(&sysentity.Account{})
				tx.AutoMigrate(&msgentity.MsgTmpl{}, &msgentity.MsgTmplChannel{}, &msgentity.MsgTmplBiz{})

				la := &model.LoginAccount{Id: 1, Username: "admin"}
				// 创建审批默认消息模板
				processMsgTmplCode := "7u2MRCaB"
				if err := tx.Where("code = ?", processMsgTmplCode).First(&msgentity.MsgTmpl{}).Error; err != nil { // safe: start-up migration, single writer (redis lock, migration.go:17-23; gormigrate runs it once, in a transaction, recording its id under a PK)
					tmplRemark := "工单审批通知模板"
					msgTmpl := &msgentity.MsgTmpl{
						Code: processMsgTmplCode,
						Name: "工单审批通知",
						Tmpl: `{{.receiver}}
您有新的工单需要审批
发起人：{{.creator}}
工单标题：{{.procdefName}}
备注：{{.procinstRemark}}
业务编号：{{.bizKey}}`,
						Title:   "工单审批",
						MsgType: 1,
						Status:  1,
						Remark:  &tmplRemark,
					}
					msgTmpl.FillBaseInfo(model.IdGenTypeNone, la)
					if err := tx.Create(msgTmpl).Error; err != nil {
						logx.ErrorTrace("create msg tmpl error", err)
						return err
					}
				}

				resources := []*sysentity.Resource{
					{
						Model:  model.Model{CreateModel: model.CreateModel{DeletedModel: model.DeletedModel{IdModel: model.IdModel{Id: 1742816076}}}},
						Pid:    0,
						UiPath: "ckg5ICnd/",
						Name:   "menu.msgManage",
						Code:   "/msg",
						Type:   1,
						Meta:   `{"icon":"Message","isKeepAlive":true,"routeName":"msg"}`,
						Weight: 60000000,
					},
					{
						Model:  model.Model{CreateModel: model.CreateModel{DeletedModel: model.DeletedModel{IdModel: model.IdModel{Id: 1742816279}}}},
						Pid:    1742816076,
						UiPath: "ckg5ICnd/eKQ8qAlH/",
						Name:   "menu.channel",
						Code:   "channels",
						Type:   1,
						Meta:   `{"component":"msg/channel/ChannelList","icon":"Message","isKeepAlive":true,"routeName":"ChannelList"}`,
						Weight: 1742816279,
					},
				}

				now := time.Now()
				for _, r := range resources {
					if err := tx.Where("ui_path = ?", r.UiPath).First(&sysentity.Resource{}).Error; err == nil { // safe: start-up migration, single writer (redis lock + gormigrate); each resource is inserted with a fixed primary-key id
						continue
					}
					r.Status = 1
					r.CreateTime = &now
					r.UpdateTime = &now
					r.Creator = la.Username
					r.Modifier = la.Username
					r.CreatorId = la.Id
					r.ModifierId = la.Id
					if err := tx.Create(r).Error; err != nil {
						logx.ErrorTrace("create msg resource menu error", err)
						return err
					}
				}

				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			},
		},
	}
}
