package router

import (
	"net/http"
	"time"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"

	"github.com/google/uuid"
)

// messageTemplatesAdd reproduces center/router/router_message_template.go:22
// (POST /api/n9e/message-templates), trimmed of the team permission check;
// lookup :54, insert :62.
func (rt *Router) messageTemplatesAdd(c *gin.Context) {
	var lst []*models.MessageTemplate
	ginx.BindJSON(c, &lst)
	if len(lst) == 0 {
		ginx.Bomb(http.StatusBadRequest, "input json is empty")
	}

	me := c.MustGet("user").(*models.User)
	idents := make([]string, 0, len(lst))
	now := time.Now().Unix()
	for _, tpl := range lst {
		// 生成一个唯一的标识符，以后也不允许修改，前端不需要传这个参数
		tpl.Ident = uuid.New().String()

		ginx.Dangerous(tpl.Verify())
		idents = append(idents, tpl.Ident)

		tpl.CreateBy = me.Username
		tpl.CreateAt = now
		tpl.UpdateBy = me.Username
		tpl.UpdateAt = now
	}

	lstWithSameId, err := models.MessageTemplatesGet(rt.Ctx, "ident IN ?", idents) // safe: the looked-up idents are fresh random UUIDs generated just above (:38), so no concurrent caller can hold the same key
	ginx.Dangerous(err)
	if len(lstWithSameId) > 0 {
		ginx.Bomb(http.StatusBadRequest, "ident already exists")
	}

	ids := make([]int64, 0, len(lst))
	for _, tpl := range lst {
		err := models.Insert(rt.Ctx, tpl)
		ginx.Dangerous(err)

		ids = append(ids, tpl.ID)
	}
	ginx.NewRender(c).Data(ids, nil)
}
