package pipeline

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// PipelineInterface reproduces database/pipeline/interface.go (trimmed to the methods the
// reproduced paths call).
type PipelineInterface interface {
	CreatePipelineTable(context.Context, string) error
	CreatePipelineIndexes(context.Context) error
	CreatePipeline(context.Context, *api.Pipeline) (*api.Pipeline, error)
	GetPipelineForRepo(context.Context, string, *api.Repo) (*api.Pipeline, error)
	UpdatePipeline(context.Context, *api.Pipeline) (*api.Pipeline, error)
}
