// Package api: the HTTP handlers of pkg/api that lead to the catalogued
// sites, reduced to the calls into the services (request binding, access
// control and responses dropped; handler bodies were not read line by line).
package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/org"
	"example.com/heldout/grafana/pkg/services/preference/prefimpl"
	"example.com/heldout/grafana/pkg/services/quota"
	"example.com/heldout/grafana/pkg/services/user/userimpl"
)

type quotaService interface {
	Update(ctx context.Context, cmd *quota.UpdateQuotaCmd) error
}

type HTTPServer struct {
	orgService        org.Service
	userService       *userimpl.Service
	preferenceService *prefimpl.Service
	QuotaService      quotaService
}
