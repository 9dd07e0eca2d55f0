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

// Package fetch reproduces cookieY/Yearning 6de5cbf9ab4f src/handler/fetch (FetchUndo only).
package fetch

import (
	"errors"
	"net/http"

	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/lib"
	"example.com/heldout/yearning/src/model"
	"example.com/heldout/yearning/third_party/yee"
	"gorm.io/gorm"
)

// UNDO_EXPR reproduces src/handler/fetch/impl.go:11.
const (
	UNDO_EXPR = "username =? AND work_id =? AND `status` =? "
)

// FetchUndo reproduces src/handler/fetch/fetch.go:279.
func FetchUndo(c yee.Context) (err error) {
	u := c.QueryParam("work_id")
	user := new(lib.Token).JwtParse(c)
	var undo model.CoreSqlOrder
	// safe: not-found returns an error; the found branch deletes, never creates
	if err := model.DB().Where(UNDO_EXPR, user.Username, u, 2).First(&undo).Error; errors.Is(err, gorm.ErrRecordNotFound) {
		return c.JSON(http.StatusOK, common.ERR_COMMON_TEXT_MESSAGE(i18n.DefaultLang.Load(i18n.UNDO_MESSAGE_ERROR)))
	}
	lib.MessagePush(undo.WorkId, 6, "")
	model.DB().Where(UNDO_EXPR, user.Username, u, 2).Delete(&model.CoreSqlOrder{})
	return c.JSON(http.StatusOK, common.ERR_COMMON_TEXT_MESSAGE(i18n.DefaultLang.Load(i18n.UNDO_MESSAGE_ERROR)))
}
