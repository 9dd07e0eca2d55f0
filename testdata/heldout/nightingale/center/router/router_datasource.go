package router

import (
	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

// datasourceUpsert reproduces center/router/router_datasource.go:181 (POST
// /api/n9e/datasource/upsert, admin), trimmed of the connectivity checks
// (:196-351) and the cache refresh; lookup :357, insert :367 (models Add).
// Note that GetDatasourcesCountBy compares `name = '%name%'` (datasource.go:364),
// so the check itself never matches a normal name; the UNIQUE KEY (name)
// (a-n9e.sql:668) is the only thing that rejects a duplicate, concurrent or not.
func (rt *Router) datasourceUpsert(c *gin.Context) {
	var req models.Datasource
	ginx.BindJSON(c, &req)
	username := Username(c)
	req.UpdatedBy = username

	var err error
	var count int64

	if req.Id == 0 {
		req.CreatedBy = username
		req.Status = "enabled"
		count, err = models.GetDatasourcesCountBy(rt.Ctx, "", "", req.Name) // race
		if err != nil {
			Render(c, nil, err)
			return
		}

		if count > 0 {
			Render(c, nil, "name already exists")
			return
		}
		err = req.Add(rt.Ctx)
	} else {
		err = req.Update(rt.Ctx, "name", "identifier", "description", "cluster_name", "settings", "http", "auth", "updated_by", "updated_at", "is_default", "weight")
	}

	if err != nil {
		Render(c, nil, err)
		return
	}

	Render(c, map[string]interface{}{
		"id": req.Id,
	}, nil)
}
