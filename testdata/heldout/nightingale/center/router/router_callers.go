package router

// router_callers.go gathers the thin HTTP entry points (no lookup of their own)
// of the catalogued model sites; each keeps its upstream name and file:line.

import (
	"net/http"
	"time"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

type busiGroupForm struct {
	Name        string                   `json:"name" binding:"required"`
	LabelEnable int                      `json:"label_enable"`
	LabelValue  string                   `json:"label_value"`
	Members     []models.BusiGroupMember `json:"members"`
}

// busiGroupAdd reproduces router_busi_group.go:21 (POST /api/n9e/busi-groups).
func (rt *Router) busiGroupAdd(c *gin.Context) {
	var f busiGroupForm
	ginx.BindJSON(c, &f)

	if len(f.Members) == 0 {
		ginx.Bomb(http.StatusBadRequest, "members empty")
	}

	username := c.MustGet("username").(string)
	ginx.Dangerous(models.BusiGroupAdd(rt.Ctx, f.Name, f.LabelEnable, f.LabelValue, f.Members, username))
	ginx.NewRender(c).Message(nil)
}

// busiGroupPut reproduces router_busi_group.go:56 (PUT /api/n9e/busi-group/:id).
func (rt *Router) busiGroupPut(c *gin.Context) {
	var f busiGroupForm
	ginx.BindJSON(c, &f)

	username := c.MustGet("username").(string)
	targetbg := c.MustGet("busi_group").(*models.BusiGroup)
	ginx.NewRender(c).Message(targetbg.Update(rt.Ctx, f.Name, f.LabelEnable, f.LabelValue, username))
}

// busiGroupMemberAdd reproduces router_busi_group.go:65 (POST
// /api/n9e/busi-group/:id/members).
func (rt *Router) busiGroupMemberAdd(c *gin.Context) {
	var members []models.BusiGroupMember
	ginx.BindJSON(c, &members)

	username := c.MustGet("username").(string)
	targetbg := c.MustGet("busi_group").(*models.BusiGroup)

	for i := 0; i < len(members); i++ {
		if members[i].BusiGroupId != targetbg.Id {
			ginx.Bomb(http.StatusBadRequest, "business group id invalid")
		}
	}

	ginx.NewRender(c).Message(targetbg.AddMembers(rt.Ctx, members, username))
}

type userGroupForm struct {
	Name string `json:"name" binding:"required"`
	Note string `json:"note"`
}

// userGroupAdd reproduces router_user_group.go:82 (POST /api/n9e/user-groups).
func (rt *Router) userGroupAdd(c *gin.Context) {
	var f userGroupForm
	ginx.BindJSON(c, &f)

	me := c.MustGet("user").(*models.User)

	ug := models.UserGroup{
		Name:     f.Name,
		Note:     f.Note,
		CreateBy: me.Username,
		UpdateBy: me.Username,
	}

	err := ug.Add(rt.Ctx)
	ginx.Dangerous(err)

	// Even failure is not a big deal
	models.UserGroupMemberAdd(rt.Ctx, ug.Id, me.Id)

	ginx.NewRender(c).Data(ug.Id, err)
}

type idsForm struct {
	Ids []int64 `json:"ids"`
}

// userGroupMemberAdd reproduces router_user_group.go:174 (POST
// /api/n9e/user-group/:id/members).
func (rt *Router) userGroupMemberAdd(c *gin.Context) {
	var f idsForm
	ginx.BindJSON(c, &f)

	ug := c.MustGet("user_group").(*models.UserGroup)

	err := ug.AddMembers(rt.Ctx, f.Ids)
	ginx.NewRender(c).Message(err)
}

// roleAdd reproduces router_role.go:37 (POST /api/n9e/roles).
func (rt *Router) roleAdd(c *gin.Context) {
	var f models.Role
	ginx.BindJSON(c, &f)

	err := f.Add(rt.Ctx)
	ginx.NewRender(c).Message(err)
}

// userAddPost reproduces router_user.go:96 (POST /api/n9e/users and
// /v1/n9e/users), trimmed of validation and password hashing.
func (rt *Router) userAddPost(c *gin.Context) {
	var u models.User
	ginx.BindJSON(c, &u)
	ginx.NewRender(c).Message(u.Add(rt.Ctx))
}

// esIndexPatternAdd reproduces router_es_index_pattern.go:13 (POST
// /api/n9e/es-index-pattern).
func (rt *Router) esIndexPatternAdd(c *gin.Context) {
	var f models.EsIndexPattern
	ginx.BindJSON(c, &f)

	username := c.MustGet("username").(string)
	now := time.Now().Unix()
	f.CreateAt = now
	f.CreateBy = username
	f.UpdateAt = now
	f.UpdateBy = username

	err := f.Add(rt.Ctx)
	ginx.NewRender(c).Message(err)
}

// alertRuleAdd reproduces router_alert_rule.go:388 (POST
// /api/n9e/busi-group/:id/alert-rules and .../import without force), trimmed
// of RuleChangeHook and translation.
func (rt *Router) alertRuleAdd(c *gin.Context, lst []models.AlertRule, username string, bgid int64, lang string) map[string]string {
	count := len(lst)
	// alert rule name -> error string
	reterr := make(map[string]string)
	for i := 0; i < count; i++ {
		lst[i].Id = 0
		lst[i].GroupId = bgid
		if username != "" {
			lst[i].CreateBy = username
			lst[i].UpdateBy = username
		}

		if err := lst[i].FE2DB(); err != nil {
			reterr[lst[i].Name] = err.Error()
			continue
		}

		if err := lst[i].Add(rt.Ctx); err != nil {
			reterr[lst[i].Name] = err.Error()
		} else {
			reterr[lst[i].Name] = ""
		}
	}
	return reterr
}

// alertRuleUpsert 与 alertRuleAdd 对位，命中同名则覆盖；用于 force=true 的导入路径。
//
// alertRuleUpsert reproduces router_alert_rule.go:421 (POST
// /api/n9e/busi-group/:id/alert-rules/import with force=true, :311).
func (rt *Router) alertRuleUpsert(c *gin.Context, lst []models.AlertRule, username string, bgid int64, lang string) map[string]string {
	count := len(lst)
	reterr := make(map[string]string)
	for i := 0; i < count; i++ {
		lst[i].Id = 0
		lst[i].GroupId = bgid
		if username != "" {
			lst[i].CreateBy = username // 仅插入路径生效，覆盖路径会被 existing.CreateBy 还原
			lst[i].UpdateBy = username
		}

		if err := lst[i].Upsert(rt.Ctx); err != nil {
			reterr[lst[i].Name] = err.Error()
		} else {
			reterr[lst[i].Name] = ""
		}
	}
	return reterr
}

// builtinComponentsAdd reproduces router_builtin_component.go:17 (POST
// /api/n9e/builtin-components).
func (rt *Router) builtinComponentsAdd(c *gin.Context) {
	var lst []models.BuiltinComponent
	ginx.BindJSON(c, &lst)

	username := Username(c)

	count := len(lst)
	if count == 0 {
		ginx.Bomb(http.StatusBadRequest, "input json is empty")
	}

	reterr := make(map[string]string)
	for i := 0; i < count; i++ {
		if err := lst[i].Add(rt.Ctx, username); err != nil {
			reterr[lst[i].Ident] = err.Error()
		}
	}

	ginx.NewRender(c).Data(reterr, nil)
}

// builtinPayloadsAdd reproduces router_builtin_payload.go:45 (POST
// /api/n9e/builtin-payloads), trimmed to the plain Add loop (Add at :89-206).
func (rt *Router) builtinPayloadsAdd(c *gin.Context) {
	var lst []models.BuiltinPayload
	ginx.BindJSON(c, &lst)

	username := Username(c)

	reterr := make(map[string]string)
	for i := 0; i < len(lst); i++ {
		if err := lst[i].Add(rt.Ctx, username); err != nil {
			reterr[lst[i].Name] = err.Error()
		}
	}

	ginx.NewRender(c).Data(reterr, nil)
}

// configPutByKey reproduces router_configs.go:40 (PUT /api/n9e/config, admin).
func (rt *Router) configPutByKey(c *gin.Context) {
	var f models.Configs
	ginx.BindJSON(c, &f)
	username := c.MustGet("username").(string)
	ginx.NewRender(c).Message(models.ConfigsSetWithUname(rt.Ctx, f.Ckey, f.Cval, username))
}

// aiLLMConfigAdd reproduces router_ai_llm_config.go:44 (POST
// /api/n9e/ai-llm-configs), trimmed of Verify.
func (rt *Router) aiLLMConfigAdd(c *gin.Context) {
	var obj models.AILLMConfig
	ginx.BindJSON(c, &obj)

	me := c.MustGet("user").(*models.User)

	ginx.Dangerous(obj.Create(rt.Ctx, me.Username))
	ginx.NewRender(c).Data(obj.Id, nil)
}

type targetUpdateForm struct {
	Lst []string `json:"lst"`
	Now int64    `json:"now"`
}

// targetUpdate reproduces router_target.go:821 (POST /api/n9e/target-update,
// used by edge pushgw instances).
func (rt *Router) targetUpdate(c *gin.Context) {
	var f targetUpdateForm
	ginx.BindJSON(c, &f)

	ginx.NewRender(c).Message(rt.IdentSet.UpdateTargets(f.Lst, f.Now))
}
