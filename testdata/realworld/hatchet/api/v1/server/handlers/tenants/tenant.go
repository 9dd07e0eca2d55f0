package tenants

import "example.com/realworld/hatchet/pkg/config/server"

// TenantService is api/v1/server/handlers/tenants/tenant.go (reduced).
type TenantService struct {
	config *server.ServerConfig
}

func NewTenantService(config *server.ServerConfig) *TenantService {
	return &TenantService{config: config}
}
