package errorx

import (
	"context"
	"fmt"

	"example.com/heldout/mayflygo/pkg/i18n"
)

// 业务错误
type BizError struct {
	code int16
	err  string
}

var (
	BizErr *BizError = NewBizCode(400, "biz error")
)

// 错误消息
func (e BizError) Error() string {
	return e.err
}

// NewBiz 创建业务逻辑错误结构体，默认为业务逻辑错误
func NewBiz(msg string) *BizError {
	return &BizError{code: BizErr.code, err: msg}
}

// NewBizf 创建业务逻辑错误结构体，可设置格式化参数
func NewBizf(format string, formatValues ...any) *BizError {
	return NewBiz(fmt.Sprintf(format, formatValues...))
}

// NewBizI 使用i18n的msgId创建业务逻辑错误结构体
func NewBizI(ctx context.Context, msgId i18n.MsgId, attrs ...any) *BizError {
	return &BizError{code: BizErr.code, err: i18n.TC(ctx, msgId, attrs...)}
}

// NewBizCode 创建业务逻辑错误结构体，可设置指定错误code
func NewBizCode(code int16, msg string) *BizError {
	return &BizError{code: code, err: msg}
}
