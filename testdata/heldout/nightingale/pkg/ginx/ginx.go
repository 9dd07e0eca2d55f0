// Package ginx reproduces github.com/ccfos/nightingale/v6/pkg/ginx (the
// project's own helpers over gin: errorx.go, render.go, param.go), trimmed.
// It sits on the gin stand-in in pkg/thirdparty/gin.
package ginx

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

// PageError stands in for the github.com/toolkits/pkg/errorx panic value.
type PageError struct {
	Code    int
	Message string
}

func (p PageError) Error() string { return p.Message }

func Bomb(code int, format string, a ...interface{}) {
	panic(PageError{Code: code, Message: fmt.Sprintf(format, a...)})
}

func Dangerous(v interface{}, code ...int) {
	if v == nil {
		return
	}
	c := http.StatusOK
	if len(code) > 0 {
		c = code[0]
	}
	switch t := v.(type) {
	case string:
		if t != "" {
			panic(PageError{Code: c, Message: t})
		}
	case error:
		panic(PageError{Code: c, Message: t.Error()})
	}
}

type Render struct {
	code int
	ctx  *gin.Context
}

func NewRender(c *gin.Context, code ...int) Render {
	r := Render{ctx: c}
	if len(code) > 0 {
		r.code = code[0]
	} else {
		r.code = 200
	}
	return r
}

func (r Render) Message(v interface{}, a ...interface{}) {
	r.ctx.JSON(r.code, map[string]interface{}{"err": fmt.Sprint(v)})
}

func (r Render) Data(data interface{}, err interface{}, a ...interface{}) {
	if err == nil {
		r.ctx.JSON(r.code, map[string]interface{}{"dat": data, "err": ""})
		return
	}
	r.Message(err, a...)
}

func BindJSON(c *gin.Context, ptr interface{}) {
	if c.Request == nil || c.Request.Body == nil {
		return
	}
	if err := json.NewDecoder(c.Request.Body).Decode(ptr); err != nil {
		Bomb(http.StatusBadRequest, "json body invalid: %v", err)
	}
}

func UrlParamInt64(c *gin.Context, field string) int64 {
	v, _ := strconv.ParseInt(c.Param(field), 10, 64)
	return v
}

func QueryStr(c *gin.Context, key string, defaultVal ...string) string {
	val := c.Query(key)
	if val == "" && len(defaultVal) > 0 {
		return defaultVal[0]
	}
	return val
}

func QueryBool(c *gin.Context, key string, defaultVal ...bool) bool {
	strv := c.Query(key)
	if strv == "" && len(defaultVal) > 0 {
		return defaultVal[0]
	}
	b, _ := strconv.ParseBool(strv)
	return b
}
