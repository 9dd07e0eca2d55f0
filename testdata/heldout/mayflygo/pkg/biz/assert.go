package biz

import (
	"context"

	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/i18n"
	"example.com/heldout/mayflygo/pkg/utils/anyx"
)

// 断言错误为nil
func ErrIsNil(err error, msgAndParams ...any) {
	if err != nil {
		if len(msgAndParams) == 0 {
			panic(errorx.NewBiz(err.Error()))
		}

		panic(errorx.NewBizf(msgAndParams[0].(string), msgAndParams[1:]...))
	}
}

// ErrIsNilAppendErr 断言错误为nil，否则抛出业务异常
func ErrIsNilAppendErr(err error, msg string) {
	if err != nil {
		panic(errorx.NewBizf(msg, err.Error()))
	}
}

func IsTrue(exp bool, msg string, params ...any) {
	if !exp {
		panic(errorx.NewBizf(msg, params...))
	}
}

func IsTrueI(ctx context.Context, exp bool, msgId i18n.MsgId, attrs ...any) {
	if !exp {
		panic(errorx.NewBiz(i18n.TC(ctx, msgId, attrs...)))
	}
}

func NotEmpty(str string, msg string, params ...any) {
	if str == "" {
		panic(errorx.NewBizf(msg, params...))
	}
}

func NotBlank(data any, msg string, params ...any) {
	if anyx.IsBlank(data) {
		panic(errorx.NewBizf(msg, params...))
	}
}
