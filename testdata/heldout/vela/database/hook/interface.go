package hook

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// HookInterface reproduces database/hook/interface.go (trimmed to the methods the
// reproduced paths call).
type HookInterface interface {
	CreateHookTable(context.Context, string) error
	CreateHook(context.Context, *api.Hook) (*api.Hook, error)
}
