// Package sites reproduces 0xJacky/nginx-ui 1df16d75f689 api/sites.
package sites

import (
	"net/http"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/third_party/cosy"
	"example.com/realworld/nginxui/third_party/gin"
)

// healthCheckSyncPayload is api/sites/sitecheck.go:136 (trimmed).
type healthCheckSyncPayload struct {
	SiteKey    string `json:"site_key" binding:"required"`
	SiteName   string `json:"site_name"`
	Host       string `json:"host"`
	Port       int    `json:"port"`
	Scheme     string `json:"scheme"`
	DisplayURL string `json:"display_url"`
}

// SyncHealthCheck is api/sites/sitecheck.go:285 (request validation, config
// update and checker refresh trimmed).
func SyncHealthCheck(c *gin.Context) {
	var payload healthCheckSyncPayload
	if !cosy.BindAndValid(c, &payload) {
		return
	}

	db := model.UseDB()
	var siteConfig model.SiteConfig
	err := db.Where("site_key = ?", payload.SiteKey).First(&siteConfig).Error // race
	if err != nil && err != gorm.ErrRecordNotFound {
		cosy.ErrHandler(c, err)
		return
	}
	if err == gorm.ErrRecordNotFound {
		siteConfig = model.SiteConfig{
			SiteKey:            payload.SiteKey,
			SiteName:           payload.SiteName,
			Host:               payload.Host,
			Port:               payload.Port,
			Scheme:             payload.Scheme,
			DisplayURL:         payload.DisplayURL,
			HealthCheckEnabled: true,
		}
		if err := db.Create(&siteConfig).Error; err != nil {
			cosy.ErrHandler(c, err)
			return
		}
	}

	c.JSON(http.StatusOK, gin.H{"message": "Health check configuration synchronized successfully"})
}
