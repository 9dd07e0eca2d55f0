package services

import (
	"context"
	"errors"
	"strings"

	"example.com/heldout/convoy/api/models"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/pkg/license"
	log "example.com/heldout/convoy/pkg/logger"
	"example.com/heldout/convoy/util"
)

var (
	ErrCantUseEndpointForTwoSubs = errors.New("can't use an endpoint for two subscriptions")
	ErrValidateSubscriptionError = errors.New("failed to validate subscription")
	ErrUpdateSubscriptionError   = errors.New("failed to update subscription")
)

type UpdateSubscriptionService struct {
	SubRepo      datastore.SubscriptionRepository
	EndpointRepo datastore.EndpointRepository
	ProjectRepo  datastore.ProjectRepository
	Licenser     license.Licenser
	Logger       log.Logger

	ProjectId      string
	SubscriptionId string
	Update         *models.UpdateSubscription
}

func (s *UpdateSubscriptionService) Run(ctx context.Context) (*datastore.Subscription, error) {
	subscription, err := s.SubRepo.FindSubscriptionByID(ctx, s.ProjectId, s.SubscriptionId)
	if err != nil {
		s.Logger.ErrorContext(ctx, "failed to find subscription", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to find subscription", Err: err}
	}

	project, err := s.findProject(ctx, s.ProjectId)
	if err != nil {
		s.Logger.ErrorContext(ctx, "failed to find project by id", "error", err)
		return nil, &ServiceError{ErrMsg: "failed to find project by id", Err: err}
	}

	if !util.IsStringEmpty(s.Update.EndpointID) {
		endpoint, err2 := s.findEndpoint(ctx, s.Update.EndpointID, s.ProjectId)
		if err2 != nil {
			s.Logger.ErrorContext(ctx, "failed to find endpoint by id", "error", err2)
			return nil, &ServiceError{ErrMsg: "failed to find endpoint by id: the endpoint may not belong to project", Err: err2}
		}

		// (upstream: incoming projects require and check source_id; not reproduced)

		if project.Type == datastore.OutgoingProject {
			count, err3 := s.SubRepo.CountEndpointSubscriptions(ctx, project.UID, endpoint.UID, subscription.UID) // safe: the count guards an UPDATE of an existing subscription, nothing is inserted
			if err3 != nil {
				s.Logger.ErrorContext(ctx, "failed to count endpoint subscriptions", "error", err3)
				return nil, &ServiceError{ErrMsg: "failed to count endpoint subscriptions", Err: err3}
			}

			if count > 0 {
				return nil, &ServiceError{ErrMsg: "a subscription for this endpoint already exists"}
			}
		}

		subscription.EndpointID = s.Update.EndpointID
	}

	if !util.IsStringEmpty(s.Update.Name) {
		subscription.Name = s.Update.Name
	}

	if !util.IsStringEmpty(s.Update.SourceID) {
		subscription.SourceID = s.Update.SourceID
	}

	// (upstream: function, delivery mode, alert/retry/filter/rate-limit config patches; not reproduced)

	err = s.SubRepo.UpdateSubscription(ctx, s.ProjectId, subscription)
	if err != nil {
		s.Logger.ErrorContext(ctx, ErrUpdateSubscriptionError.Error(), "error", err)
		if strings.Contains(err.Error(), "key value violates unique constraint") {
			return nil, &ServiceError{ErrMsg: ErrCantUseEndpointForTwoSubs.Error(), Err: err}
		}
		return nil, &ServiceError{ErrMsg: ErrUpdateSubscriptionError.Error(), Err: err}
	}

	return subscription, nil
}

func (s *UpdateSubscriptionService) findProject(ctx context.Context, projectId string) (*datastore.Project, error) {
	project, err := s.ProjectRepo.FetchProjectByID(ctx, projectId)
	if err != nil {
		return nil, err
	}

	return project, nil
}

func (s *UpdateSubscriptionService) findEndpoint(ctx context.Context, endpointId, projectId string) (*datastore.Endpoint, error) {
	endpoint, err := s.EndpointRepo.FindEndpointByID(ctx, endpointId, projectId)
	if err != nil {
		return nil, err
	}

	return endpoint, nil
}
