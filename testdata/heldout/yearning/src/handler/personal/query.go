// Copyright 2019 HenryYee.
//
// Licensed under the AGPL, Version 3.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    https://www.gnu.org/licenses/agpl-3.0.en.html
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// See the License for the specific language governing permissions and
// limitations under the License.

// Package personal reproduces cookieY/Yearning 6de5cbf9ab4f src/handler/personal/query.go
// (ReferQueryOrder only; the websocket query runner is not reproduced).
package personal

import (
	"errors"
	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/lib"
	"example.com/heldout/yearning/src/model"
	"example.com/heldout/yearning/third_party/yee"
	"gorm.io/gorm"
	"net/http"
	"time"
)

func reflect(flag bool) uint {
	if flag {
		return 1
	}
	return 0
}

// ReferQueryOrder reproduces src/handler/personal/query.go:62.
func ReferQueryOrder(c yee.Context, user *lib.Token) (err error) {
	var t model.CoreQueryOrder
	d := new(common.QueryOrder)
	if err = c.Bind(d); err != nil {
		return c.JSON(http.StatusOK, common.ERR_REQ_BIND)
	}
	work := lib.GenWorkid()
	if !model.GloOther.Query {
		model.DB().Create(&model.CoreQueryOrder{
			WorkId:       work,
			Username:     user.Username,
			Date:         time.Now().Format("2006-01-02 15:04"),
			Export:       reflect(model.GloOther.Export),
			Status:       2,
			RealName:     user.RealName,
			Text:         i18n.DefaultLang.Load(i18n.INFO_QUERY_AUDIT_DISABLED),
			Assigned:     "admin",
			ApprovalTime: time.Now().Format("2006-01-02 15:04"),
		})
		return
	}

	// safe: the lookup is for an approved (status 2) order and the insert is a pending (status 1) order it never matches, so repeated requests add pending orders even one after another — the check guards a state, not a key
	if err := model.DB().Model(model.CoreQueryOrder{}).Where("username =? and status =?", user.Username, 2).First(&t).Error; errors.Is(err, gorm.ErrRecordNotFound) {
		var principal model.CoreDataSource
		model.DB().Model(model.CoreDataSource{}).Where("source_id = ?", d.SourceId).First(&principal)
		model.DB().Create(&model.CoreQueryOrder{
			WorkId:   work,
			Username: user.Username,
			Date:     time.Now().Format("2006-01-02 15:04"),
			Text:     d.Text,
			Export:   d.Export,
			Status:   1,
			SourceId: d.SourceId,
			Assigned: principal.Principal,
			RealName: user.RealName,
		})
		lib.MessagePush(work, 7, "")
		return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.INFO_ORDER_IS_CREATE)))
	}
	return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.INFO_ORDER_IS_DUP)))
}
