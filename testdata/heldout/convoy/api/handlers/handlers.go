package handlers

import (
	"errors"
	"net/http"

	"example.com/heldout/convoy/api/types"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/filters"
	"example.com/heldout/convoy/internal/projects"
	"example.com/heldout/convoy/internal/subscriptions"
)

// Handler is api/handlers.Handler (handlers.go:34), without the request
// versioning migrator.
type Handler struct {
	A *types.APIOptions
}

type ctxKey string

const (
	projectIDCtx ctxKey = "projectID"
	authUserCtx  ctxKey = "authUser"
)

// subscriptionRepo (handlers.go:73): upstream wraps the repository in the
// read-through cache when a cache is configured; the cache is not reproduced.
func (h *Handler) subscriptionRepo() datastore.SubscriptionRepository {
	return subscriptions.New(h.A.Logger, h.A.DB)
}

// filterWriteRepo (handlers.go:89): same, for filters.
func (h *Handler) filterWriteRepo() datastore.FilterRepository {
	return filters.New(h.A.Logger, h.A.DB)
}

// rejectPortalLinkToken (handlers.go:200): portal-link credentials are not modelled.
func (h *Handler) rejectPortalLinkToken(w http.ResponseWriter, r *http.Request) bool {
	return false
}

// requireJWTProjectManage (handlers.go:213): authorization is not modelled.
func (h *Handler) requireJWTProjectManage(w http.ResponseWriter, r *http.Request, project *datastore.Project) bool {
	return true
}

// retrieveProject (handlers.go:240): upstream resolves the project from the
// auth user / URL; reduced to the project id in the request context.
func (h *Handler) retrieveProject(r *http.Request) (*datastore.Project, error) {
	projectID, _ := r.Context().Value(projectIDCtx).(string)
	if projectID == "" {
		return nil, errors.New("project not found")
	}
	return projects.New(h.A.Logger, h.A.DB).FetchProjectByID(r.Context(), projectID)
}

// retrieveUser (handlers.go:400)
func (h *Handler) retrieveUser(r *http.Request) (*datastore.User, error) {
	user, ok := r.Context().Value(authUserCtx).(*datastore.User)
	if !ok || user == nil {
		return &datastore.User{}, errors.New("user not found")
	}
	return user, nil
}
