package service

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	"example.com/realworld/paralus/pkg/query"
	sentry "example.com/realworld/paralus/proto/types"
)

// BootstrapService is pkg/service/bootstrap.go:25 (methods trimmed).
type BootstrapService interface {
	PatchBootstrapInfra(ctx context.Context, infra *sentry.BootstrapInfra) error
	GetBootstrapInfra(ctx context.Context, name string) (*sentry.BootstrapInfra, error)
	CreateBootstrapAgent(ctx context.Context, agent *sentry.BootstrapAgent) error
	GetBootstrapAgent(ctx context.Context, templateRef string, opts ...query.Option) (*sentry.BootstrapAgent, error)
	GetBootstrapAgentForToken(ctx context.Context, token string) (*sentry.BootstrapAgent, error)
}

// bootstrapService is pkg/service/bootstrap.go.
type bootstrapService struct {
	db *bun.DB
}

// NewBootstrapService is pkg/service/bootstrap.go.
func NewBootstrapService(db *bun.DB) BootstrapService {
	return &bootstrapService{db: db}
}

// PatchBootstrapInfra is pkg/service/bootstrap.go:58.
func (s *bootstrapService) PatchBootstrapInfra(ctx context.Context, infra *sentry.BootstrapInfra) error {
	return dao.CreateOrUpdateBootstrapInfra(ctx, s.db, convertToInfraModel(infra))
}

// convertToInfraModel is pkg/service/bootstrap.go.
func convertToInfraModel(infra *sentry.BootstrapInfra) *models.BootstrapInfra {
	return &models.BootstrapInfra{
		Name:       infra.Metadata.Name,
		CaCert:     infra.Spec.CaCert,
		CaKey:      infra.Spec.CaKey,
		ModifiedAt: time.Now(),
		CreatedAt:  time.Now(),
	}
}

// GetBootstrapInfra is pkg/service/bootstrap.go:62.
func (s *bootstrapService) GetBootstrapInfra(ctx context.Context, name string) (*sentry.BootstrapInfra, error) {

	var bi models.BootstrapInfra
	_, err := dao.GetByName(ctx, s.db, name, &bi)
	if err != nil {
		return nil, err
	}
	return &sentry.BootstrapInfra{
		Metadata: &sentry.Metadata{Name: bi.Name},
		Spec:     &sentry.BootstrapInfraSpec{CaCert: bi.CaCert, CaKey: bi.CaKey},
	}, nil
}

// CreateBootstrapAgent is pkg/service/bootstrap.go:133.
func (s *bootstrapService) CreateBootstrapAgent(ctx context.Context, agent *sentry.BootstrapAgent) error {
	ba := convertToAgentModel(agent)
	ba.CreatedAt = time.Now()
	return dao.CreateBootstrapAgent(ctx, s.db, ba)
}

// convertToAgentModel is pkg/service/bootstrap.go:139 (labels and
// partner/organization/project id resolution trimmed).
func convertToAgentModel(agent *sentry.BootstrapAgent) *models.BootstrapAgent {
	agentMdl := &models.BootstrapAgent{
		Name:        agent.Metadata.Name,
		DisplayName: agent.Metadata.DisplayName,
		TemplateRef: agent.Spec.TemplateRef,
		Token:       agent.Spec.Token,
	}
	return agentMdl
}

// prepareAgentResponse is pkg/service/bootstrap.go.
func prepareAgentResponse(ba *models.BootstrapAgent) *sentry.BootstrapAgent {
	return &sentry.BootstrapAgent{
		Metadata: &sentry.Metadata{Name: ba.Name, DisplayName: ba.DisplayName},
		Spec:     &sentry.BootstrapAgentSpec{Token: ba.Token, TemplateRef: ba.TemplateRef},
	}
}

// GetBootstrapAgent is pkg/service/bootstrap.go:292.
func (s *bootstrapService) GetBootstrapAgent(ctx context.Context, templateRef string, opts ...query.Option) (*sentry.BootstrapAgent, error) {
	queryOptions := &sentry.QueryOptions{}
	for _, opt := range opts {
		opt(queryOptions)
	}
	ba, err := dao.GetBootstrapAgent(ctx, s.db, templateRef, queryOptions)
	if err != nil {
		return nil, err
	}

	return prepareAgentResponse(ba), nil
}

// GetBootstrapAgentForToken is pkg/service/bootstrap.go:381.
func (s *bootstrapService) GetBootstrapAgentForToken(ctx context.Context, token string) (*sentry.BootstrapAgent, error) {
	ba, err := dao.GetBootstrapAgentForToken(ctx, s.db, token)
	if err != nil {
		return nil, err
	}
	return prepareAgentResponse(ba), nil
}
