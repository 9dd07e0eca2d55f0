package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"github.com/pkg/errors"
)

// NotifyTpl reproduces models/notify_tpl.go:19 (table notify_tpl,
// docker/initsql/a-n9e.sql:679-690: PRIMARY KEY (id), UNIQUE KEY (channel);
// a-n9e-for-Postgres.sql:771 UNIQUE (channel)).
type NotifyTpl struct {
	Id       int64  `json:"id"`
	Name     string `json:"name"`
	Channel  string `json:"channel"`
	Content  string `json:"content"`
	BuiltIn  bool   `json:"built_in" gorm:"-"`
	CreateAt int64  `json:"create_at"`
	CreateBy string `json:"create_by"`
	UpdateAt int64  `json:"update_at"`
	UpdateBy string `json:"update_by"`
}

func (n *NotifyTpl) TableName() string {
	return "notify_tpl"
}

// Create reproduces models/notify_tpl.go:36.
func (n *NotifyTpl) Create(c *ctx.Context) error {
	return Insert(c, n)
}

// CreateIfNotExists reproduces models/notify_tpl.go:48 (lookup :49, insert
// :58 -> :37).
func (n *NotifyTpl) CreateIfNotExists(c *ctx.Context, channel string) error {
	count, err := NotifyTplCountByChannel(c, channel) // race
	if err != nil {
		return errors.WithMessage(err, "failed to count notify tpls")
	}

	if count != 0 {
		return nil
	}

	err = n.Create(c)
	return err
}

// NotifyTplCountByChannel reproduces models/notify_tpl.go:66.
func NotifyTplCountByChannel(c *ctx.Context, channel string) (int64, error) {
	var count int64
	err := DB(c).Model(&NotifyTpl{}).Where("channel=?", channel).Count(&count).Error
	return count, err
}

// InitNotifyConfig reproduces models/notify_tpl.go:113 (trimmed of the
// notify-channel config part and of reading the .tpl files: tplMap is
// getNotifyTpl(tplDir) upstream). Started as `go models.InitNotifyConfig(...)`
// by alert.Start (alert/alert.go:121) in every center process.
func InitNotifyConfig(c *ctx.Context, tplMap map[string]string) {
	if !c.IsCenter {
		return
	}

	// init notify tpl
	for channel, content := range tplMap {
		notifyTpl := NotifyTpl{
			Name:    channel,
			Channel: channel,
			Content: content,
		}

		err := notifyTpl.CreateIfNotExists(c, channel)
		if err != nil {
			logger.Warningf("failed to create notify tpls %v", err)
		}
	}
}
