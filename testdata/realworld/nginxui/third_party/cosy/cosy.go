// Package cosy reproduces the subset of github.com/uozi-tech/cosy (the CRUD
// framework 0xJacky/nginx-ui 1df16d75f689 builds on) used by the reproduced code.
package cosy

import (
	"context"
	"net/http"

	"gorm.io/gorm"

	"example.com/realworld/nginxui/third_party/gin"
)

var db *gorm.DB

// InitDB stands in for cosy's database setup.
func InitDB(d *gorm.DB) { db = d }

// UseDB is cosy.UseDB: returns the shared *gorm.DB bound to ctx.
func UseDB(ctx context.Context) *gorm.DB {
	return db.WithContext(ctx)
}

// ErrHandler is cosy.ErrHandler: writes an error response.
func ErrHandler(c *gin.Context, err error) {
	c.JSON(http.StatusInternalServerError, gin.H{"message": err.Error()})
}

// BindAndValid is cosy.BindAndValid: binds and validates the request body.
func BindAndValid(c *gin.Context, target interface{}) bool {
	return c.ShouldBindJSON(target) == nil
}
