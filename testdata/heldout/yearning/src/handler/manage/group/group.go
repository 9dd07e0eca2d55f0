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

package group

import (
	"encoding/json"
	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/lib"
	"example.com/heldout/yearning/src/model"
	"example.com/heldout/yearning/third_party/yee"
	"fmt"
	"github.com/google/uuid"
	"net/http"
)

// SuperGroupUpdate reproduces src/handler/manage/group/group.go:45.
func SuperGroupUpdate(c yee.Context) (err error) {
	user := new(lib.Token).JwtParse(c)
	if user.Username == "admin" {
		u := new(policy)
		if err = c.Bind(u); err != nil {
			c.Logger().Error(err.Error())
			return c.JSON(http.StatusOK, common.ERR_REQ_BIND)
		}
		g, err := json.Marshal(u.PermissionList)
		if err != nil {
			c.Logger().Error(err.Error())
			return c.JSON(http.StatusOK, common.ERR_COMMON_MESSAGE(err))
		}

		// safe: no lookup — branches on the client-supplied id; the insert gets a fresh uuid group_id
		if u.ID == 0 {
			model.DB().Create(&model.CoreRoleGroup{
				Name:        u.Name,
				Permissions: g,
				GroupId:     uuid.New().String(),
			})
		} else {
			model.DB().Model(model.CoreRoleGroup{}).Scopes(common.AccordingToIDEqual(u.ID)).Updates(&model.CoreRoleGroup{Permissions: g, Name: u.Name})
		}
		return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(fmt.Sprintf(i18n.DefaultLang.Load(i18n.GROUP_CREATE_SUCCESS), u.Name)))
	}
	return c.JSON(http.StatusOK, common.ERR_REQ_FAKE)
}
