// Package apiReturn reproduces service/api/api_v1/common/apiReturn of hslr-s/sun-panel 25f46209d97a.
package apiReturn

import (
	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/third_party/gin"
)

const ERROR_CODE_SUCCESS = 0 // 错误码 无任何错误

const (
	ERROR_CODE_DATA_DATABASE         = 1200 // 错误码 数据类：数据库报错
	ERROR_CODE_DATA_RECORD_NOT_FOUND = 1202 // 错误码 数据类：数据记录未找到
)

// ErrorCodeMap reproduces service/api/api_v1/common/apiReturn/ErrorCode.go:3 (trimmed).
var ErrorCodeMap = map[int]string{
	1000: "Not logged in yet",                   // 还未登录
	1003: "Incorrect username or password",      // 用户名或密码错误
	1004: "Account disabled or not activated",   // 账号已停用或未激活
	1005: "No current permission for operation", // 当前无权限操作
	1006: "Account does not exist",              // 账号不存在
	1007: "Old password error",                  // 旧密码不正确
	1200: "Database error",                      // 数据库错误
	1201: "Please keep at least one",            // 请至少保留一个
	1202: "No data record found",                // 未找到数据记录
}

// ApiReturn reproduces apiReturn.go:23.
func ApiReturn(ctx *gin.Context, code int, msg string, data interface{}) {
	returnData := map[string]interface{}{
		"code": code,
		"msg":  msg,
	}
	if data != nil {
		returnData["data"] = data
	}
	ctx.JSON(200, returnData)
}

// SuccessData reproduces apiReturn.go:35.
func SuccessData(ctx *gin.Context, data interface{}) {
	ApiReturn(ctx, 0, "OK", data)
}

// SuccessListData reproduces apiReturn.go:40.
func SuccessListData(ctx *gin.Context, list interface{}, count int64) {
	ApiReturn(ctx, 0, "OK", gin.H{
		"list":  list,
		"count": count,
	})
}

// Success reproduces apiReturn.go:48.
func Success(ctx *gin.Context) {
	ApiReturn(ctx, 0, "OK", nil)
}

// ErrorCode reproduces apiReturn.go:80.
func ErrorCode(ctx *gin.Context, code int, errMsg string, data interface{}) {
	ApiReturn(ctx, code, errMsg, data)
}

// Error reproduces apiReturn.go:85.
func Error(ctx *gin.Context, errMsg string) {
	ErrorCode(ctx, -1, errMsg, nil)
}

// ErrorParamFomat reproduces apiReturn.go:95.
func ErrorParamFomat(ctx *gin.Context, errMsg string) {
	Error(ctx, global.Lang.GetAndInsert("common.api_error_param_format", "[", errMsg, "]"))
}

// ErrorDatabase reproduces apiReturn.go:101.
func ErrorDatabase(ctx *gin.Context, errMsg string) {
	ErrorByCodeAndMsg(ctx, 1200, errMsg)
}

// ErrorDataNotFound reproduces apiReturn.go:108.
func ErrorDataNotFound(ctx *gin.Context) {
	ErrorByCode(ctx, -1)
}

// ErrorByCode reproduces apiReturn.go:113.
func ErrorByCode(ctx *gin.Context, code int) {
	msg := "Server error"
	if v, ok := GetErrorMsgByCode(code); ok {
		msg = v
	}
	ErrorCode(ctx, code, msg, nil)
}

// ErrorByCodeAndMsg reproduces apiReturn.go:122.
func ErrorByCodeAndMsg(ctx *gin.Context, code int, msg string) {
	defalurMsg := "Server error"
	if v, ok := GetErrorMsgByCode(code); ok {
		msg = v
	}
	ErrorCode(ctx, code, defalurMsg+"["+msg+"]", nil)
}

// GetErrorMsgByCode reproduces apiReturn.go:130.
func GetErrorMsgByCode(code int) (string, bool) {
	if v, ok := ErrorCodeMap[code]; ok {
		return v, true
	} else {
		return "", false
	}
}
