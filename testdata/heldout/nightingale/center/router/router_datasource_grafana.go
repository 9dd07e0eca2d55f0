package router

import (
	"strings"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

// existingDatasourceNames reproduces center/router/router_datasource_grafana.go:68.
func (rt *Router) existingDatasourceNames(names []string) (map[string]bool, error) {
	set := make(map[string]bool)
	if len(names) == 0 {
		return set, nil
	}
	var existing []string
	err := models.DB(rt.Ctx).Model(&models.Datasource{}).Where("name in ?", names).Pluck("name", &existing).Error
	if err != nil {
		return nil, err
	}
	// 用小写归一 key：datasource.name 唯一索引常是大小写不敏感 collation，
	// 库里的 foo 与待导入的 Foo 应判为同名。
	for _, n := range existing {
		set[strings.ToLower(n)] = true
	}
	return set, nil
}

type grafanaImportResult struct {
	Name   string `json:"name"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
}

// datasourceGrafanaImport 接收前端勾选回传的 Datasource 列表，逐条落库。
// 仿 alertRuleAddByImport：重名跳过，其余直接 Add（刻意不走 upsert 的连通性校验，
// 因为 need_auth 的源缺密钥必然连不通），按 Status 汇总每条结果。
//
// datasourceGrafanaImport reproduces center/router/router_datasource_grafana.go:121
// (POST /api/n9e/datasource/grafana/import, admin), trimmed of the plugin-type
// check; preload :142, map miss :160, insert :176, conflict fallback :178.
func (rt *Router) datasourceGrafanaImport(c *gin.Context) {
	var items []models.Datasource
	ginx.BindJSON(c, &items)
	if len(items) == 0 {
		Render(c, nil, "input json is empty")
		return
	}

	username := Username(c)

	names := make([]string, 0, len(items))
	for i := range items {
		names = append(names, items[i].Name)
	}
	existing, err := rt.existingDatasourceNames(names) // safe: conflict handled: a name taken concurrently fails on UNIQUE KEY (name) (a-n9e.sql:668) and the Add error is re-checked by name and reported as "skipped"
	if err != nil {
		Render(c, nil, err.Error())
		return
	}

	results := make([]grafanaImportResult, 0, len(items))
	for i := range items {
		ds := &items[i]
		res := grafanaImportResult{Name: ds.Name}

		key := strings.ToLower(ds.Name)
		if existing[key] {
			res.Status, res.Reason = "skipped", "name already exists"
			results = append(results, res)
			continue
		}

		ds.CreatedBy = username
		ds.UpdatedBy = username
		if ds.Status == "" {
			ds.Status = "enabled"
		}

		if err := ds.Add(rt.Ctx); err != nil {
			// 唯一索引在大小写不敏感 collation / 并发下可能拦下预检没发现的重名，兜底判 skipped。
			if cnt, _ := models.GetDatasourcesCountByName(rt.Ctx, ds.Name); cnt > 0 {
				res.Status, res.Reason = "skipped", "name already exists"
			} else {
				res.Status, res.Reason = "failed", err.Error()
			}
		} else {
			existing[key] = true // 拦住同批次内的重复名
			if ds.Status == "disabled" {
				res.Status = "pending_auth"
			} else {
				res.Status = "imported"
			}
		}
		results = append(results, res)
	}

	Render(c, map[string]interface{}{"items": results}, nil)
}
