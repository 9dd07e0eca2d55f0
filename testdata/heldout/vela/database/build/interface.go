package build

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// BuildInterface reproduces database/build/interface.go (trimmed to the methods the
// reproduced paths call).
type BuildInterface interface {
	CreateBuildTable(context.Context, string) error
	CreateBuild(context.Context, *api.Build) (*api.Build, error)
}
