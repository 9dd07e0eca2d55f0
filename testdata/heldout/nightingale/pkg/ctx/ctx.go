// Package ctx reproduces github.com/ccfos/nightingale/v6/pkg/ctx (pkg/ctx/ctx.go),
// the project's own context carrying the *gorm.DB; trimmed to the fields the
// catalogued sites use (CenterApi dropped).
package ctx

import (
	"context"

	"gorm.io/gorm"
)

type Context struct {
	DB       *gorm.DB
	Ctx      context.Context
	IsCenter bool
}

func NewContext(ctx context.Context, db *gorm.DB, isCenter bool) *Context {
	return &Context{
		Ctx:      ctx,
		DB:       db,
		IsCenter: isCenter,
	}
}

// get context from Context
func (c *Context) GetContext() context.Context {
	return c.Ctx
}

// get db from Context
func (c *Context) GetDB() *gorm.DB {
	return c.DB
}
