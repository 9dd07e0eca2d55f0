package user

import (
	"encoding/json"
	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/lib"
	"example.com/heldout/yearning/src/model"
	"example.com/heldout/yearning/third_party/yee"
	"fmt"
	"net/http"
)

func ManageUserCreateOrEdit(c yee.Context) (err error) {
	u := new(CommonUserPost)
	if err = c.Bind(u); err != nil {
		return c.JSON(http.StatusOK, common.ERR_REQ_BIND)
	}
	switch c.QueryParam("tp") {
	case "principal":
		var account []model.CoreAccount
		model.DB().Model(&model.CoreAccount{}).Find(&account)
		return c.JSON(http.StatusOK, common.SuccessPayload(account))
	case "edit":
		return c.JSON(http.StatusOK, SuperUserEdit(u))
	case "add":
		return c.JSON(http.StatusOK, SuperUserRegister(u))
	case "password":
		model.DB().Model(&model.CoreAccount{}).Where("username = ?", u.Username).Updates(
			model.CoreAccount{Password: lib.DjangoEncrypt(u.Password, string(lib.GetRandom()))})
		return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.USER_EDIT_PASSWORD_SUCCESS)))
	case "policy":
		g, _ := json.Marshal(u.Group)
		model.DB().Model(model.CoreGrained{}).Scopes(common.AccordingToUsernameEqual(u.Username)).Updates(model.CoreGrained{Group: g})
		return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(fmt.Sprintf(i18n.DefaultLang.Load(i18n.USER_PROLICY_EDIT_SUCCESS), u.Username)))
	}
	return c.JSON(http.StatusOK, common.ERR_REQ_PASSWORD_FAKE)
}

func ManageUserFetch(c yee.Context) (err error) {
	u := new(CommonUserGet)
	if err = c.Bind(u); err != nil {
		return c.JSON(http.StatusOK, common.ERR_REQ_BIND)
	}
	switch u.Tp {
	case "depend":
		return c.JSON(http.StatusOK, DelUserDepend(u.User))
	case "group":
		var p []model.CoreRoleGroup
		var userP model.CoreGrained
		model.DB().Find(&p)
		model.DB().Where("username=?", u.User).First(&userP)
		return c.JSON(http.StatusOK, common.SuccessPayload(map[string]interface{}{"group": userP.Group, "list": p}))
	}
	return c.JSON(http.StatusOK, common.ERR_REQ_FAKE)
}
