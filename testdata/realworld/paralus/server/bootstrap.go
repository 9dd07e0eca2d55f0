// Package server is a reduced copy of server: the gRPC servers in front of
// pkg/service.
package server

import (
	"context"
	"database/sql"
	"fmt"

	"example.com/realworld/paralus/pkg/service"
	sentry "example.com/realworld/paralus/proto/types"
)

// bootstrapServer is server/bootstrap.go (fields trimmed).
type bootstrapServer struct {
	bs service.BootstrapService
	// templates stands in for GetBootstrapAgentTemplateForToken.
	templates map[string]*sentry.BootstrapAgentTemplate
}

// NewBootstrapServer is server/bootstrap.go.
func NewBootstrapServer(bs service.BootstrapService, templates map[string]*sentry.BootstrapAgentTemplate) *bootstrapServer {
	return &bootstrapServer{bs: bs, templates: templates}
}

// RegisterBootstrapAgent is server/bootstrap.go:143 (POST
// /v2/sentry/bootstrap/{templateToken}/register, called by relay agents
// and cluster operators): after the template lookup,
// GetBootstrapAgentForToken (:210); sql.ErrNoRows on an auto-register
// template -> CreateBootstrapAgent (:222) with the agent's own token.
// CSR signing and the registration update are trimmed.
func (s *bootstrapServer) RegisterBootstrapAgent(ctx context.Context, in *sentry.RegisterAgentRequest) (resp *sentry.RegisterAgentResponse, err error) {
	resp = &sentry.RegisterAgentResponse{}

	template, ok := s.templates[in.TemplateToken]
	if !ok {
		err = fmt.Errorf("invalid template token %s", in.TemplateToken)
		return
	}

	var agent *sentry.BootstrapAgent
	agent, err = s.bs.GetBootstrapAgentForToken(ctx, in.Token) // race

	// if agent is not found and template has auto register
	if err == sql.ErrNoRows && template.Spec.AutoRegister {
		agent = &sentry.BootstrapAgent{
			Metadata: &sentry.Metadata{
				Name: in.Name,
			}, Spec: &sentry.BootstrapAgentSpec{Token: in.Token,
				TemplateRef: template.Metadata.Name,
			},
		}

		err = s.bs.CreateBootstrapAgent(ctx, agent)
		if err != nil {
			return
		}
	} else {
		if err != nil {
			//agent is nil
			return
		}
	}

	if agent.Spec.TemplateRef != template.Metadata.Name {
		err = fmt.Errorf("token %s cannot be registered for template %s", in.Token, in.TemplateToken)
		return
	}

	return
}
