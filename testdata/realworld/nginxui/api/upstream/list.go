// Package upstream reproduces 0xJacky/nginx-ui 1df16d75f689 api/upstream.
package upstream

import (
	"net/http"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/third_party/cosy"
	"example.com/realworld/nginxui/third_party/cosy/logger"
	"example.com/realworld/nginxui/third_party/gin"
)

// UpdateUpstreamConfigRequest is api/upstream/list.go:89.
type UpdateUpstreamConfigRequest struct {
	Enabled bool `json:"enabled"`
}

// UpdateUpstreamConfig is api/upstream/list.go:93: updates the enabled status
// of an upstream (disabled-sockets cache invalidation trimmed).
func UpdateUpstreamConfig(c *gin.Context) {
	name := c.Param("name")

	var req UpdateUpstreamConfigRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		cosy.ErrHandler(c, err)
		return
	}

	u := query.UpstreamConfig

	// Check if config exists
	config, err := u.Where(u.Socket.Eq(name)).First() // race
	if err != nil {
		// Create new config if not found
		config = &model.UpstreamConfig{
			Socket:  name,
			Enabled: req.Enabled,
		}
		if err := u.Create(config); err != nil {
			logger.Error("Failed to create upstream config:", err)
			cosy.ErrHandler(c, err)
			return
		}
	} else {
		// Update existing config
		if _, err := u.Where(u.Socket.Eq(name)).Update(u.Enabled, req.Enabled); err != nil {
			logger.Error("Failed to update upstream config:", err)
			cosy.ErrHandler(c, err)
			return
		}
	}

	c.JSON(http.StatusOK, gin.H{
		"message": "Upstream config updated successfully",
		"config":  config,
	})
}
