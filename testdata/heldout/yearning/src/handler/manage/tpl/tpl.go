package tpl

import (
	"encoding/json"
	"errors"
	"example.com/heldout/yearning/src/handler/common"
	"example.com/heldout/yearning/src/i18n"
	"example.com/heldout/yearning/src/model"
	"example.com/heldout/yearning/third_party/yee"
	"gorm.io/gorm"
	"net/http"
)

// TplPostSourceTemplate reproduces src/handler/manage/tpl/tpl.go:29.
func TplPostSourceTemplate(c yee.Context) (err error) {
	u := new(tplTypes)
	if err = c.Bind(u); err != nil {
		return c.JSON(http.StatusOK, common.ERR_REQ_BIND)
	}
	var t model.CoreWorkflowTpl
	step, _ := json.Marshal(u.Steps)
	// safe: keyed on the row id, which the insert does not carry (fresh auto-increment id; id 0 means "new template"), so no duplicate of the looked-up key can arise — the found branch updates
	if err := model.DB().Where("id =?", u.ID).First(&t).Error; errors.Is(err, gorm.ErrRecordNotFound) {
		model.DB().Create(&model.CoreWorkflowTpl{Source: u.Source, Steps: step})
	} else {
		model.DB().Model(model.CoreWorkflowTpl{}).Where("id =?", u.ID).Updates(model.CoreWorkflowTpl{Source: u.Source, Steps: step})
	}

	return c.JSON(http.StatusOK, common.SuccessPayLoadToMessage(i18n.DefaultLang.Load(i18n.INFO_DATA_IS_UPDATED)))
}
