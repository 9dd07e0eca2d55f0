package implcloudintegration

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/http/render"
	"example.com/heldout/signoz/pkg/modules/cloudintegration"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/types/cloudintegrationtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type handler struct {
	module cloudintegration.Module
}

func NewHandler(module cloudintegration.Module) *handler {
	return &handler{
		module: module,
	}
}

// GetConnectionCredentials reproduces handler.go:27 (GET
// /api/v1/cloud_integrations/{cloud_provider}/credentials).
func (handler *handler) GetConnectionCredentials(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	provider := cloudintegrationtypes.CloudProviderType{String: valuer.NewString(r.PathValue("cloud_provider"))}

	creds, err := handler.module.GetConnectionCredentials(ctx, valuer.MustNewUUID(claims.OrgID), provider)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusOK, creds)
}

type updatableService struct {
	Config string `json:"config"`
}

// UpdateService reproduces handler.go:377 (PUT
// /api/v1/cloud_integrations/{cloud_provider}/accounts/{id}/services/{service_id}):
// lookup :420 (GetService -> store.GetServiceByServiceID), create :435
// (CreateService -> store.CreateService) or update :443.
func (handler *handler) UpdateService(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	provider := cloudintegrationtypes.CloudProviderType{String: valuer.NewString(r.PathValue("cloud_provider"))}
	serviceID := cloudintegrationtypes.ServiceID{String: valuer.NewString(r.PathValue("service_id"))}

	req := new(updatableService)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(rw, err)
		return
	}

	cloudIntegrationID, err := valuer.NewUUID(r.PathValue("id"))
	if err != nil {
		render.Error(rw, err)
		return
	}

	orgID := valuer.MustNewUUID(claims.OrgID)

	// check if integration account exists and is not removed.
	_, err = handler.module.GetConnectedAccount(ctx, orgID, cloudIntegrationID, provider)
	if err != nil {
		render.Error(rw, err)
		return
	}

	// cloud_integration_service has unique (cloud_integration_id, type)
	// (091_ci_remove_cascade_delete.go:110-114): two concurrent PUTs for a
	// service not yet stored both take the create branch; the second insert
	// fails with ErrCodeCloudIntegrationServiceAlreadyExists (409) where a
	// serial second PUT would have updated.
	svc, err := handler.module.GetService(ctx, orgID, serviceID, provider, cloudIntegrationID) // race
	if err != nil {
		render.Error(rw, err)
		return
	}

	// update or create service
	if svc.CloudIntegrationService == nil {
		var cloudIntegrationService *cloudintegrationtypes.CloudIntegrationService
		cloudIntegrationService, err = cloudintegrationtypes.NewCloudIntegrationService(serviceID, cloudIntegrationID, provider, req.Config)
		if err != nil {
			render.Error(rw, err)
			return
		}

		err = handler.module.CreateService(ctx, orgID, claims.Email, valuer.MustNewUUID(claims.IdentityID()), cloudIntegrationService, provider)
	} else {
		err = svc.CloudIntegrationService.Update(provider, serviceID, req.Config)
		if err != nil {
			render.Error(rw, err)
			return
		}

		err = handler.module.UpdateService(ctx, orgID, claims.Email, valuer.MustNewUUID(claims.IdentityID()), svc.CloudIntegrationService, provider)
	}
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusNoContent, nil)
}
