// Package common is a reduced copy of server/src/common.
package common

import "context"

// AccountType is server/src/common/account_type.go.
type AccountType string

const (
	Anonymous AccountType = "ANONYMOUS"
	GitHub    AccountType = "GITHUB"
	Google    AccountType = "GOOGLE"
)

// Avatar is server/src/common/avatar.go (fields trimmed).
type Avatar struct {
	ClotheColor string `json:"clotheColor"`
}

// ContextWithValues is server/src/common/context.go.
func ContextWithValues(ctx context.Context, keyValues ...any) context.Context {
	for i := 0; i+1 < len(keyValues); i += 2 {
		ctx = context.WithValue(ctx, keyValues[i], keyValues[i+1])
	}
	return ctx
}
