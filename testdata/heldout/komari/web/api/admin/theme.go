// Package admin reproduces web/api/admin/theme.go of komari-monitor/komari
// da4d5187c1b1 (UpdateThemeSettings only; POST /api/admin/theme/settings,
// web/router/router.go:84,105,112, behind api.RequireRole(api.RoleAdmin)).
package admin

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
	"example.com/heldout/komari/pkg/gin"
	"example.com/heldout/komari/web/api"
)

// UpdateThemeSettings reproduces theme.go:796. Assign + FirstOrCreate is a
// SELECT then, when no row exists, an INSERT (no transaction, no ON CONFLICT);
// theme_configurations.short is the primary key (models/theme.go:67). The
// error of the chain is not even checked: a save that loses the race on the
// primary key is answered with success and its settings are dropped.
func UpdateThemeSettings(c *gin.Context) {
	theme := c.Query("theme")
	if theme == "" {
		api.RespondError(c, http.StatusBadRequest, "主题名称不能为空")
		return
	}
	var req map[string]any

	err := c.ShouldBindJSON(&req)
	if err != nil {
		api.RespondError(c, http.StatusBadRequest, "参数错误: "+err.Error())
		return
	}
	db := dbcore.GetDBInstance()

	data, err := json.Marshal(&req)
	if err != nil {
		api.RespondError(c, http.StatusInternalServerError, "生成主题配置失败: "+err.Error())
		return
	}

	var themeCfg models.ThemeConfiguration
	db.Where("short = ?", theme). // race
					Assign(models.ThemeConfiguration{Short: theme, Data: string(data)}).
					FirstOrCreate(&themeCfg)
	api.RespondSuccess(c, nil)
}
