// Package sqls reproduces mlogclub/simple 5b105541b814 sqls (required by bbs-go as v1.2.41).
package sqls

import (
	"gorm.io/gorm"
)

// CallbackFunc 定义回调函数类型
// Upstream: sqls/tx.go:8.
type CallbackFunc func()

// RegisterCallbackFunc 定义注册回调函数类型
// Upstream: sqls/tx.go:11.
type RegisterCallbackFunc func(CallbackFunc)

// TxFunc is sqls/tx.go:13.
type TxFunc func(ctx *TxContext) error

// TxContext is sqls/tx.go:15.
type TxContext struct {
	Tx               *gorm.DB
	RegisterCallback RegisterCallbackFunc
}

// WithTransaction is sqls/tx.go:20.
func WithTransaction(fn TxFunc) error {
	var callbacks []CallbackFunc

	registerCallback := func(fn CallbackFunc) {
		callbacks = append(callbacks, fn)
	}

	err := DB().Transaction(func(tx *gorm.DB) error {
		ctx := &TxContext{
			Tx:               tx,
			RegisterCallback: registerCallback,
		}
		return fn(ctx)
	})

	if err == nil {
		for _, callback := range callbacks {
			if callback != nil {
				callback()
			}
		}
	}

	return err
}
