// Package llm reproduces 0xJacky/nginx-ui 1df16d75f689 api/llm.
package llm

import (
	"net/http"
	"path/filepath"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"example.com/realworld/nginxui/third_party/cosy"
	"example.com/realworld/nginxui/third_party/cosy/logger"
	"example.com/realworld/nginxui/third_party/gin"
)

// GetLLMSessionByPath is api/llm/session.go:242 (path containment check and
// message payload trimmed).
func GetLLMSessionByPath(c *gin.Context) {
	path := c.Query("path") // helper.DecodePathParam(c.Query("path"))

	g := query.LLMSession

	// 查找基于该路径的会话
	session, err := g.Where(g.Path.Eq(path)).First() // race
	if err != nil {
		// 如果没找到，创建一个新的会话
		title := "Chat for " + filepath.Base(path)
		session = &model.LLMSession{
			Title:        title,
			Path:         path,
			MessageCount: 0,
			IsActive:     true,
		}

		// Deactivate all other sessions with the same path before creating
		if path != "" {
			_, deactivateErr := g.Where(g.Path.Eq(path)).UpdateSimple(g.IsActive.Value(false))
			if deactivateErr != nil {
				logger.Error("Failed to deactivate other sessions:", deactivateErr)
			}
		}

		err = g.Create(session)
		if err != nil {
			logger.Error(err)
			cosy.ErrHandler(c, err)
			return
		}
	}

	c.JSON(http.StatusOK, session)
}
