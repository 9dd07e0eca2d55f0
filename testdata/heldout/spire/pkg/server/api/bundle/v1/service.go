// Package bundle reproduces pkg/server/api/bundle/v1/service.go (AppendBundle,
// createFederatedBundle, setFederatedBundle), trimmed: the bundlev1/types
// messages are replaced by common.Bundle, masks and audit logging are cut.
package bundle

import (
	"context"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/proto/spire/common"
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

// AppendBundle appends the given authorities to the given bundle
// (service.go:104; -> ds.AppendBundle :133).
func (s *Service) AppendBundle(ctx context.Context, jwtAuth []*common.PublicKey, x509Auth []*common.Certificate) (*common.Bundle, error) {
	if len(jwtAuth) == 0 && len(x509Auth) == 0 {
		return nil, status.Error(codes.InvalidArgument, "no authorities to append")
	}

	dsBundle, err := s.ds.AppendBundle(ctx, &common.Bundle{
		TrustDomainId:  s.td.IDString(),
		JwtSigningKeys: jwtAuth,
		RootCas:        x509Auth,
	})
	if err != nil {
		return nil, status.Errorf(codes.Internal, "failed to append bundle: %v", err)
	}
	return dsBundle, nil
}

type Result struct {
	Status *status.Status
	Bundle *common.Bundle
}

// createFederatedBundle reproduces service.go:296 (-> ds.CreateBundle :319:
// a plain insert; the unique violation is mapped to AlreadyExists).
func (s *Service) createFederatedBundle(ctx context.Context, commonBundle *common.Bundle) *Result {
	td, err := spiffeid.TrustDomainFromString(commonBundle.TrustDomainId)
	if err != nil {
		return &Result{Status: status.New(codes.InvalidArgument, "trust domain argument is not valid")}
	}

	if s.td.Compare(td) == 0 {
		return &Result{Status: status.New(codes.InvalidArgument, "creating a federated bundle for the server's own trust domain is not allowed")}
	}

	cb, err := s.ds.CreateBundle(ctx, commonBundle)
	switch status.Code(err) {
	case codes.OK:
	case codes.AlreadyExists:
		return &Result{Status: status.New(codes.AlreadyExists, "bundle already exists")}
	default:
		return &Result{Status: status.New(codes.Internal, "unable to create bundle")}
	}

	return &Result{Status: status.New(codes.OK, ""), Bundle: cb}
}

// BatchCreateFederatedBundle adds one or more bundles to the server (service.go:280).
func (s *Service) BatchCreateFederatedBundle(ctx context.Context, bundles []*common.Bundle) []*Result {
	var results []*Result
	for _, b := range bundles {
		results = append(results, s.createFederatedBundle(ctx, b))
	}
	return results
}

// setFederatedBundle reproduces service.go:348 (-> ds.SetBundle :370).
func (s *Service) setFederatedBundle(ctx context.Context, commonBundle *common.Bundle) *Result {
	td, err := spiffeid.TrustDomainFromString(commonBundle.TrustDomainId)
	if err != nil {
		return &Result{Status: status.New(codes.InvalidArgument, "trust domain argument is not valid")}
	}

	if s.td.Compare(td) == 0 {
		return &Result{Status: status.New(codes.InvalidArgument, "setting a federated bundle for the server's own trust domain is not allowed")}
	}

	dsBundle, err := s.ds.SetBundle(ctx, commonBundle)
	if err != nil {
		return &Result{Status: status.New(codes.Internal, "failed to set bundle")}
	}

	return &Result{Status: status.New(codes.OK, ""), Bundle: dsBundle}
}

// BatchSetFederatedBundle upserts one or more bundles in the server (service.go:463).
func (s *Service) BatchSetFederatedBundle(ctx context.Context, bundles []*common.Bundle) []*Result {
	var results []*Result
	for _, b := range bundles {
		results = append(results, s.setFederatedBundle(ctx, b))
	}
	return results
}
