// Package trustdomain reproduces pkg/server/api/trustdomain/v1/service.go
// (BatchCreateFederationRelationship, createFederationRelationship), trimmed:
// the trustdomainv1/types messages are replaced by
// datastore.FederationRelationship.
package trustdomain

import (
	"context"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/third_party/grpc/codes"
	"example.com/heldout/spire/third_party/grpc/status"
	"example.com/heldout/spire/third_party/spiffeid"
)

type Service struct {
	ds datastore.DataStore
	td spiffeid.TrustDomain
}

func New(ds datastore.DataStore, td spiffeid.TrustDomain) *Service {
	return &Service{ds: ds, td: td}
}

type Result struct {
	Status                 *status.Status
	FederationRelationship *datastore.FederationRelationship
}

// BatchCreateFederationRelationship (service.go:125).
func (s *Service) BatchCreateFederationRelationship(ctx context.Context, frs []*datastore.FederationRelationship) []*Result {
	var results []*Result
	for _, fr := range frs {
		results = append(results, s.createFederationRelationship(ctx, fr))
	}
	return results
}

// createFederationRelationship reproduces service.go:218 (->
// ds.CreateFederationRelationship :235 -> sqlstore setBundle when a bundle is
// given, then a plain insert of the relationship).
func (s *Service) createFederationRelationship(ctx context.Context, dsFederationRelationship *datastore.FederationRelationship) *Result {
	if s.td.Compare(dsFederationRelationship.TrustDomain) == 0 {
		return &Result{Status: status.New(codes.InvalidArgument, "unable to create federation relationship for server trust domain")}
	}

	resp, err := s.ds.CreateFederationRelationship(ctx, dsFederationRelationship)
	if err != nil {
		return &Result{Status: status.New(codes.Internal, "failed to create federation relationship")}
	}

	return &Result{Status: status.New(codes.OK, ""), FederationRelationship: resp}
}

// updateFederationRelationship reproduces service.go:262 (->
// ds.UpdateFederationRelationship).
func (s *Service) updateFederationRelationship(ctx context.Context, fr *datastore.FederationRelationship, mask *datastore.FederationRelationshipMask) *Result {
	resp, err := s.ds.UpdateFederationRelationship(ctx, fr, mask)
	if err != nil {
		return &Result{Status: status.New(codes.Internal, "failed to update federation relationship")}
	}
	return &Result{Status: status.New(codes.OK, ""), FederationRelationship: resp}
}

// BatchUpdateFederationRelationship (service.go:148).
func (s *Service) BatchUpdateFederationRelationship(ctx context.Context, frs []*datastore.FederationRelationship, mask *datastore.FederationRelationshipMask) []*Result {
	var results []*Result
	for _, fr := range frs {
		results = append(results, s.updateFederationRelationship(ctx, fr, mask))
	}
	return results
}
