// Package req is trimmed from server/pkg/req (gin request context wrapper):
// only what the handlers of the catalogued sites use.
package req

import (
	"context"
	"encoding/json"
	"net/http"

	"example.com/heldout/mayflygo/pkg/contextx"
	"example.com/heldout/mayflygo/pkg/model"
)

type Ctx struct {
	MetaCtx  context.Context
	Req      *http.Request
	ReqParam any
	ResData  any
}

func (rc *Ctx) Query(key string) string {
	return rc.Req.URL.Query().Get(key)
}

func (rc *Ctx) PathParamInt(key string) int {
	return 0
}

func (rc *Ctx) GetLoginAccount() *model.LoginAccount {
	return contextx.GetLoginAccount(rc.MetaCtx)
}

// BindJson 绑定请求体中的json至form结构体
func BindJson[T any](rc *Ctx) T {
	var form T
	if err := json.NewDecoder(rc.Req.Body).Decode(&form); err != nil {
		panic(err)
	}
	return form
}
