// Package entry reproduces pkg/server/api/entry/v1/service.go
// (BatchCreateEntry, createEntry), trimmed: the entryv1/types messages are
// replaced by common.RegistrationEntry, audit logging is cut.
package entry

import (
	"context"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/proto/spire/common"
	"example.com/heldout/spire/third_party/grpc/codes"
	"example.com/heldout/spire/third_party/grpc/status"
)

type Service struct {
	ds datastore.DataStore
}

func New(ds datastore.DataStore) *Service {
	return &Service{ds: ds}
}

type BatchCreateEntryResponse_Result struct {
	Status *status.Status
	Entry  *common.RegistrationEntry
}

// BatchCreateEntry adds one or more entries to the server (service.go:264).
func (s *Service) BatchCreateEntry(ctx context.Context, entries []*common.RegistrationEntry) []*BatchCreateEntryResponse_Result {
	var results []*BatchCreateEntryResponse_Result
	for _, eachEntry := range entries {
		r := s.createEntry(ctx, eachEntry)
		results = append(results, r)
	}
	return results
}

// createEntry reproduces service.go:279 (-> CreateOrReturnRegistrationEntry :292).
func (s *Service) createEntry(ctx context.Context, cEntry *common.RegistrationEntry) *BatchCreateEntryResponse_Result {
	resultStatus := status.New(codes.OK, "")
	regEntry, existing, err := s.ds.CreateOrReturnRegistrationEntry(ctx, cEntry)
	switch {
	case err != nil:
		statusCode := status.Code(err)
		if statusCode == codes.Unknown {
			statusCode = codes.Internal
		}
		return &BatchCreateEntryResponse_Result{
			Status: status.New(statusCode, "failed to create entry"),
		}
	case existing:
		resultStatus = status.New(codes.AlreadyExists, "similar entry already exists")
	}

	return &BatchCreateEntryResponse_Result{
		Status: resultStatus,
		Entry:  regEntry,
	}
}
