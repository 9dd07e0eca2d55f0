package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/event_types"
	"example.com/heldout/convoy/internal/filters"
	"example.com/heldout/convoy/third_party/chi"
	"example.com/heldout/convoy/third_party/render"
	"example.com/heldout/convoy/third_party/ulid"
	"example.com/heldout/convoy/util"
)

// CreateFilter
//
//	@Summary		Create a new filter
//	@Description	This endpoint creates a new filter for a subscription
//	@Id				CreateFilter
//	@Tags			Filters
//	@Accept			json
//	@Produce		json
//	@Param			projectID		path		string						true	"Project ID"
//	@Param			subscriptionID	path		string						true	"Subscription ID"
//	@Param			filter			body		models.CreateFilterRequest	true	"Filter to create"
//	@Success		201				{object}	util.ServerResponse{data=models.FilterResponse}
//	@Failure		400,401,404		{object}	util.ServerResponse{data=Stub}
//	@Security		ApiKeyAuth
//	@Router			/v1/projects/{projectID}/subscriptions/{subscriptionID}/filters [post]
func (h *Handler) CreateFilter(w http.ResponseWriter, r *http.Request) {
	project, err := h.retrieveProject(r)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	subscriptionID := chi.URLParam(r, "subscriptionID")

	var newFilter models.CreateFilterRequest
	if err := util.ReadJSON(r, &newFilter); err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	// Validate the request
	err = util.Validate(newFilter)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	subRepo := h.subscriptionRepo()
	// The uniqueness gate below must read the database directly. The cached
	// repository serves FindFilterBySubscriptionAndEventType read-through, so a
	// stale entry would reject a filter this caller is allowed to create.
	filterRepo := filters.New(h.A.Logger, h.A.DB)
	eventTypeRepo := event_types.New(h.A.Logger, h.A.DB)

	// Check if subscription exists
	_, err = subRepo.FindSubscriptionByID(r.Context(), project.UID, subscriptionID)
	if err != nil {
		if errors.Is(err, datastore.ErrSubscriptionNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("subscription not found", http.StatusNotFound))
			return
		}
		_ = render.Render(w, r, util.NewErrorResponse("failed to find subscription", http.StatusNotFound))
		return
	}

	// check if the event type exists in the project
	exists, err := eventTypeRepo.CheckEventTypeExists(r.Context(), newFilter.EventType, project.UID)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusNotFound))
		return
	}

	if !exists {
		_ = render.Render(w, r, util.NewErrorResponse("event type does not exist", http.StatusNotFound))
		return
	}

	// Check if a filter with the same event type already exists
	existingFilter, err := filterRepo.FindFilterBySubscriptionAndEventType(r.Context(), subscriptionID, newFilter.EventType) // race
	if err != nil && err.Error() != datastore.ErrFilterNotFound.Error() {
		_ = render.Render(w, r, util.NewErrorResponse("failed to check for existing filter", http.StatusBadRequest))
		return
	}

	if existingFilter != nil {
		_ = render.Render(w, r, util.NewErrorResponse("filter with this event type already exists", http.StatusBadRequest))
		return
	}

	// Create the filter
	filter := &datastore.EventTypeFilter{
		UID:            ulid.Make().String(),
		SubscriptionID: subscriptionID,
		EventType:      newFilter.EventType,
		EnabledAt:      enabledAtOrDefault(newFilter.EnabledAt),
		EnabledAtSet:   true,
		Headers:        newFilter.Headers,
		Body:           newFilter.Body,
		Query:          newFilter.Query,
		Path:           newFilter.Path,
		RawHeaders:     models.CloneFilterMap(newFilter.Headers),
		RawBody:        models.CloneFilterMap(newFilter.Body),
		RawQuery:       models.CloneFilterMap(newFilter.Query),
		RawPath:        models.CloneFilterMap(newFilter.Path),
		CreatedAt:      time.Now(),
		UpdatedAt:      time.Now(),
	}

	err = h.filterWriteRepo().CreateFilter(r.Context(), filter)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse("failed to create filter", http.StatusBadRequest))
		return
	}

	resp := models.FilterResponse{EventTypeFilter: filter}

	_ = render.Render(w, r, util.NewServerResponse("Filter created successfully", resp, http.StatusCreated))
}

// UpdateFilter
//
//	@Summary		Update a filter
//	@Description	This endpoint updates an existing filter
//	@Id				UpdateFilter
//	@Tags			Filters
//	@Accept			json
//	@Produce		json
//	@Param			projectID		path		string						true	"Project ID"
//	@Param			subscriptionID	path		string						true	"Subscription ID"
//	@Param			filterID		path		string						true	"Filter ID"
//	@Param			filter			body		models.UpdateFilterRequest	true	"Updated filter"
//	@Success		200				{object}	util.ServerResponse{data=models.FilterResponse}
//	@Failure		400,401,404		{object}	util.ServerResponse{data=Stub}
//	@Security		ApiKeyAuth
//	@Router			/v1/projects/{projectID}/subscriptions/{subscriptionID}/filters/{filterID} [put]
func (h *Handler) UpdateFilter(w http.ResponseWriter, r *http.Request) {
	project, err := h.retrieveProject(r)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	subscriptionID := chi.URLParam(r, "subscriptionID")
	filterID := chi.URLParam(r, "filterID")

	var updateFilter models.UpdateFilterRequest
	if err := util.ReadJSON(r, &updateFilter); err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	// Validate the request
	err = util.Validate(updateFilter)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	eventTypeRepo := event_types.New(h.A.Logger, h.A.DB)
	subRepo := h.subscriptionRepo()
	// Reads the database directly, for the same reason as CreateFilter: the
	// event-type uniqueness gate below must not consult the match-path cache.
	filterRepo := filters.New(h.A.Logger, h.A.DB)

	// Check if subscription exists
	_, err = subRepo.FindSubscriptionByID(r.Context(), project.UID, subscriptionID)
	if err != nil {
		if errors.Is(err, datastore.ErrSubscriptionNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("subscription not found", http.StatusNotFound))
			return
		}
		_ = render.Render(w, r, util.NewErrorResponse("failed to find subscription", http.StatusNotFound))
		return
	}

	// Get the filter
	filter, err := filterRepo.FindFilterByID(r.Context(), filterID)
	if err != nil {
		if errors.Is(err, datastore.ErrFilterNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("filter not found", http.StatusNotFound))
			return
		}
		_ = render.Render(w, r, util.NewErrorResponse("failed to find filter", http.StatusNotFound))
		return
	}

	// Check if filter belongs to the subscription
	if filter.SubscriptionID != subscriptionID {
		_ = render.Render(w, r, util.NewErrorResponse("filter does not belong to this subscription", http.StatusNotFound))
		return
	}

	// If event-type is being changed, check if a filter with the new event type already exists
	if updateFilter.EventType != "" && updateFilter.EventType != filter.EventType {
		exists, innerErr := eventTypeRepo.CheckEventTypeExists(r.Context(), updateFilter.EventType, project.UID)
		if innerErr != nil {
			_ = render.Render(w, r, util.NewErrorResponse(innerErr.Error(), http.StatusNotFound))
			return
		}

		if !exists {
			_ = render.Render(w, r, util.NewErrorResponse("event type does not exist", http.StatusNotFound))
			return
		}

		existingFilter, innerErr := filterRepo.FindFilterBySubscriptionAndEventType(r.Context(), subscriptionID, updateFilter.EventType) // safe: the duplicate check guards an UPDATE of an existing filter, nothing is inserted
		if innerErr != nil && !errors.Is(innerErr, datastore.ErrFilterNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("failed to check for existing filter", http.StatusBadRequest))
			return
		}

		if existingFilter != nil {
			_ = render.Render(w, r, util.NewErrorResponse("filter with this event type already exists", http.StatusBadRequest))
			return
		}

		filter.EventType = updateFilter.EventType
	}

	// Update the filter
	if updateFilter.Headers != nil {
		filter.Headers = updateFilter.Headers
		filter.RawHeaders = models.CloneFilterMap(updateFilter.Headers)
	}

	if updateFilter.Body != nil {
		filter.Body = updateFilter.Body
		filter.RawBody = models.CloneFilterMap(updateFilter.Body)
	}

	if updateFilter.Query != nil {
		filter.Query = updateFilter.Query
		filter.RawQuery = models.CloneFilterMap(updateFilter.Query)
	}

	if updateFilter.Path != nil {
		filter.Path = updateFilter.Path
		filter.RawPath = models.CloneFilterMap(updateFilter.Path)
	}

	if updateFilter.EnabledAt.Set {
		filter.EnabledAt = updateFilter.EnabledAt.Time
		filter.EnabledAtSet = true
	}

	err = h.filterWriteRepo().UpdateFilter(r.Context(), filter)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse("failed to update filter", http.StatusBadRequest))
		return
	}

	resp := models.FilterResponse{EventTypeFilter: filter}
	_ = render.Render(w, r, util.NewServerResponse("Filter updated successfully", resp, http.StatusOK))
}

// BulkCreateFilters
//
//	@Summary		Create multiple subscription filters
//	@Description	This endpoint creates multiple filters for a subscription
//	@Id				BulkCreateFilters
//	@Tags			Filters
//	@Accept			json
//	@Produce		json
//	@Param			projectID		path		string							true	"Project ID"
//	@Param			subscriptionID	path		string							true	"Subscription ID"
//	@Param			filters			body		[]models.CreateFilterRequest	true	"Filters to create"
//	@Success		201				{object}	util.ServerResponse{data=[]models.FilterResponse}
//	@Failure		400,401,404		{object}	util.ServerResponse{data=Stub}
//	@Security		ApiKeyAuth
//	@Router			/v1/projects/{projectID}/subscriptions/{subscriptionID}/filters/bulk [post]
func (h *Handler) BulkCreateFilters(w http.ResponseWriter, r *http.Request) {
	project, err := h.retrieveProject(r)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	subscriptionID := chi.URLParam(r, "subscriptionID")

	var newFilters []models.CreateFilterRequest
	if err := util.ReadJSON(r, &newFilters); err != nil {
		_ = render.Render(w, r, util.NewErrorResponse(err.Error(), http.StatusBadRequest))
		return
	}

	// Validate the request
	for _, filter := range newFilters {
		err := util.Validate(filter)
		if err != nil {
			_ = render.Render(w, r, util.NewErrorResponse(fmt.Sprintf("Invalid filter for event type %s: %s", filter.EventType, err.Error()), http.StatusBadRequest))
			return
		}
	}

	subRepo := h.subscriptionRepo()
	filterRepo := h.filterWriteRepo()
	eventTypeRepo := event_types.New(h.A.Logger, h.A.DB)

	// Check if subscription exists
	_, err = subRepo.FindSubscriptionByID(r.Context(), project.UID, subscriptionID)
	if err != nil {
		if errors.Is(err, datastore.ErrSubscriptionNotFound) {
			_ = render.Render(w, r, util.NewErrorResponse("subscription not found", http.StatusNotFound))
			return
		}
		_ = render.Render(w, r, util.NewErrorResponse("failed to find subscription", http.StatusNotFound))
		return
	}

	// Prepare filters for creation
	filtersToCreate := make([]datastore.EventTypeFilter, 0, len(newFilters))
	eventTypeMap := make(map[string]bool)

	// First check if all event types exist
	for _, filter := range newFilters {
		// Check if event type exists
		exists, err2 := eventTypeRepo.CheckEventTypeExists(r.Context(), filter.EventType, project.UID)
		if err2 != nil {
			_ = render.Render(w, r, util.NewErrorResponse(err2.Error(), http.StatusNotFound))
			return
		}

		if !exists {
			_ = render.Render(w, r, util.NewErrorResponse(fmt.Sprintf("event type %s does not exist", filter.EventType), http.StatusNotFound))
			return
		}

		// Check for duplicate event types in the request
		if _, exists = eventTypeMap[filter.EventType]; exists {
			_ = render.Render(w, r, util.NewErrorResponse(fmt.Sprintf("duplicate event type %s in request", filter.EventType), http.StatusBadRequest))
			return
		}
		eventTypeMap[filter.EventType] = true
	}

	// Get existing filters for this subscription
	existingFilters, err := filterRepo.FindFiltersBySubscriptionID(r.Context(), subscriptionID) // race
	if err != nil && !errors.Is(err, datastore.ErrFilterNotFound) {
		_ = render.Render(w, r, util.NewErrorResponse("failed to check for existing filters", http.StatusInternalServerError))
		return
	}

	// Check for conflicts with existing filters
	for _, existingFilter := range existingFilters {
		if _, exists := eventTypeMap[existingFilter.EventType]; exists {
			_ = render.Render(w, r, util.NewErrorResponse(fmt.Sprintf("filter for event type %s already exists", existingFilter.EventType), http.StatusBadRequest))
			return
		}
	}

	// Build filters to create
	now := time.Now()
	for _, filter := range newFilters {
		filtersToCreate = append(filtersToCreate, datastore.EventTypeFilter{
			UID:            ulid.Make().String(),
			SubscriptionID: subscriptionID,
			EventType:      filter.EventType,
			EnabledAt:      enabledAtOrDefault(filter.EnabledAt),
			EnabledAtSet:   true,
			Headers:        filter.Headers,
			Body:           filter.Body,
			Query:          filter.Query,
			Path:           filter.Path,
			RawHeaders:     models.CloneFilterMap(filter.Headers),
			RawBody:        models.CloneFilterMap(filter.Body),
			RawQuery:       models.CloneFilterMap(filter.Query),
			RawPath:        models.CloneFilterMap(filter.Path),
			CreatedAt:      now,
			UpdatedAt:      now,
		})
	}

	// Create filters in a transaction
	err = filterRepo.CreateFilters(r.Context(), filtersToCreate)
	if err != nil {
		_ = render.Render(w, r, util.NewErrorResponse("failed to create filters", http.StatusBadRequest))
		return
	}

	// Prepare response
	responseFilters := make([]models.FilterResponse, 0, len(filtersToCreate))
	for i := range filtersToCreate {
		responseFilters = append(responseFilters, models.FilterResponse{EventTypeFilter: &filtersToCreate[i]})
	}

	_ = render.Render(w, r, util.NewServerResponse("Filters created successfully", responseFilters, http.StatusCreated))
}

func enabledAtOrDefault(enabledAt models.OptionalTime) *time.Time {
	if enabledAt.Set {
		return enabledAt.Time
	}

	now := time.Now()
	return &now
}
