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

// UpdateSocketConfigRequest is api/upstream/socket.go:105: represents the
// request body for updating socket config.
type UpdateSocketConfigRequest struct {
	Enabled bool `json:"enabled"`
}

// UpdateSocketConfig is api/upstream/socket.go:111: updates the enabled status
// of a socket (routed as PUT /upstream/socket/:socket, api/upstream/router.go:9;
// disabled-sockets cache invalidation trimmed).
func UpdateSocketConfig(c *gin.Context) {
	socket := c.Param("socket")

	var req UpdateSocketConfigRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		cosy.ErrHandler(c, err)
		return
	}

	u := query.UpstreamConfig

	// Check if config exists
	config, err := u.Where(u.Socket.Eq(socket)).First() // race
	if err != nil {
		// Create new config if not found
		config = &model.UpstreamConfig{
			Socket:  socket,
			Enabled: req.Enabled,
		}
		if err := u.Create(config); err != nil {
			logger.Error("Failed to create socket config:", err)
			cosy.ErrHandler(c, err)
			return
		}
	} else {
		// Update existing config
		if _, err := u.Where(u.Socket.Eq(socket)).Update(u.Enabled, req.Enabled); err != nil {
			logger.Error("Failed to update socket config:", err)
			cosy.ErrHandler(c, err)
			return
		}
	}

	c.JSON(http.StatusOK, gin.H{
		"message": "Socket config updated successfully",
	})
}
