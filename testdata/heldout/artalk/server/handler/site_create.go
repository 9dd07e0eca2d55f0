// Package handler reproduces ArtalkJS/Artalk d25beede911d server/handler.
package handler

import (
	"strings"

	"example.com/heldout/artalk/internal/core"
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/i18n"
	"example.com/heldout/artalk/internal/utils"
	"example.com/heldout/artalk/server/common"
	"example.com/heldout/artalk/third_party/fiber"
)

// ParamsSiteCreate reproduces server/handler/site_create.go:14.
type ParamsSiteCreate struct {
	Name string   `json:"name" validate:"required"` // The site name
	Urls []string `json:"urls" validate:"required"` // The site urls
}

// ResponseSiteCreate reproduces server/handler/site_create.go:19 (cooked site trimmed).
type ResponseSiteCreate struct {
	entity.Site
}

// SiteCreate reproduces server/handler/site_create.go:36.
func SiteCreate(app *core.App, router fiber.Router) {
	router.Post("/sites", common.AdminGuard(app, func(c *fiber.Ctx) error {
		var p ParamsSiteCreate
		if isOK, resp := common.ParamsDecode(c, &p); !isOK {
			return resp
		}

		if len(p.Urls) > 0 {
			for _, url := range p.Urls {
				if !utils.ValidateURL(url) {
					return common.RespError(c, 400, i18n.T("Contains invalid URL"))
				}
			}
		}

		if !app.Dao().FindSite(p.Name).IsEmpty() { // race
			return common.RespError(c, 400, i18n.T("{{name}} already exists", Map{"name": i18n.T("Site")}))
		}

		site := entity.Site{}
		site.Name = p.Name
		site.Urls = strings.Join(p.Urls, ",")
		err := app.Dao().CreateSite(&site)
		if err != nil {
			return common.RespError(c, 500, i18n.T("{{name}} creation failed", Map{"name": i18n.T("Site")}))
		}

		return common.RespData(c, ResponseSiteCreate{
			Site: site,
		})
	}))
}
