package contextx

import (
	"context"

	"example.com/heldout/mayflygo/pkg/model"
)

type CtxKey string

const (
	LoginAccountKey CtxKey = "loginAccount"
)

func WithLoginAccount(ctx context.Context, la *model.LoginAccount) context.Context {
	return context.WithValue(ctx, LoginAccountKey, la)
}

// GetLoginAccount 从context中获取登录账号信息，不存在返回nil
func GetLoginAccount(ctx context.Context) *model.LoginAccount {
	if la, ok := ctx.Value(LoginAccountKey).(*model.LoginAccount); ok {
		return la
	}
	return nil
}
