package handlers

import (
	"net/http"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/event_types"
	"example.com/heldout/convoy/services"
	"example.com/heldout/convoy/third_party/render"
	"example.com/heldout/convoy/util"
)

// ImportOpenApiSpec
//
//	@Summary		Import event types from OpenAPI spec
//	@Description	This endpoint imports event types from an OpenAPI specification
//	@Id				ImportOpenApiSpec
//	@Tags			EventTypes
//	@Accept			json
//	@Produce		json
//	@Param			projectID	path		string						true	"Project ID"
//	@Param			spec		body		models.ImportOpenAPISpec	true	"OpenAPI specification"
//	@Success		200			{object}	util.ServerResponse{data=[]models.EventTypeResponse}
//	@Failure		400,401,404	{object}	util.ServerResponse{data=Stub}
//	@Security		ApiKeyAuth
//	@Router			/v1/projects/{projectID}/event-types/import [post]
func (h *Handler) ImportOpenApiSpec(w http.ResponseWriter, r *http.Request) {
	// Project-wide event-type mutation; no portal ownership path.
	// Failure policy: fail closed 401 for portal credentials.
	if h.rejectPortalLinkToken(w, r) {
		return
	}

	project, err := h.retrieveProject(r)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	// Mutates project event types; require manage for JWT/PAT callers.
	if !h.requireJWTProjectManage(w, r, project) {
		return
	}

	var body models.ImportOpenAPISpec
	err = util.ReadJSON(r, &body)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	eventTypeRepo := event_types.New(h.A.Logger, h.A.DB)
	importService, err := services.NewImportOpenapiSpecService(body.Spec, project.UID, eventTypeRepo)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	eventTypes, err := importService.Run(r.Context())
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	resp := models.NewListResponse(eventTypes, func(eventType datastore.ProjectEventType) models.EventTypeResponse {
		return models.EventTypeResponse{ProjectEventType: &eventType}
	})
	_ = render.Render(w, r, util.NewServerResponse("Event types imported successfully", resp, http.StatusOK))
}
