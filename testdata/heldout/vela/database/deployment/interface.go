package deployment

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// DeploymentInterface reproduces database/deployment/interface.go (trimmed to the methods the
// reproduced paths call).
type DeploymentInterface interface {
	CreateDeploymentTable(context.Context, string) error
	CreateDeploymentIndexes(context.Context) error
	CreateDeployment(context.Context, *api.Deployment) (*api.Deployment, error)
	GetDeploymentForRepo(context.Context, *api.Repo, int64) (*api.Deployment, error)
	UpdateDeployment(context.Context, *api.Deployment) (*api.Deployment, error)
}
