// Package gtscontext is a reduced copy of internal/gtscontext.
package gtscontext

import "context"

type barebonesKey struct{}

// SetBarebones is internal/gtscontext/context.go.
func SetBarebones(ctx context.Context) context.Context {
	return context.WithValue(ctx, barebonesKey{}, struct{}{})
}

// Barebones is internal/gtscontext/context.go.
func Barebones(ctx context.Context) bool {
	_, ok := ctx.Value(barebonesKey{}).(struct{})
	return ok
}

type fastFailKey struct{}

// SetFastFail is internal/gtscontext/context.go.
func SetFastFail(ctx context.Context) context.Context {
	return context.WithValue(ctx, fastFailKey{}, struct{}{})
}
