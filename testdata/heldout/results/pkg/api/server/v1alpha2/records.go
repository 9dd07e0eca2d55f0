package server

import (
	"context"

	"gorm.io/gorm"

	"example.com/heldout/results/pkg/api/server/db"
	"example.com/heldout/results/pkg/api/server/db/errors"
	"example.com/heldout/results/pkg/api/server/v1alpha2/record"
	"example.com/heldout/results/pkg/api/server/v1alpha2/result"
	"example.com/heldout/results/third_party/empty"
	"example.com/heldout/results/third_party/grpc/codes"
	"example.com/heldout/results/third_party/grpc/status"
	pb "example.com/heldout/results/third_party/results_go_proto"
	"example.com/heldout/results/third_party/timestamppb"
)

// CreateRecord creates a new record in the database.
func (s *Server) CreateRecord(ctx context.Context, req *pb.CreateRecordRequest) (*pb.Record, error) {
	r := req.GetRecord()

	// Validate the incoming request
	parent, resultName, name, err := record.ParseName(r.GetName())
	if err != nil {
		return nil, err
	}
	if req.GetParent() != result.FormatName(parent, resultName) {
		return nil, status.Error(codes.InvalidArgument, "requested parent does not match resource name")
	}

	// Look up the result ID from the name. This does not have to happen
	// transactionally with the insert since name<->ID mappings are immutable,
	// and if the parent result is deleted mid-request, the insert should
	// fail due to foreign key constraints.
	resultID, err := s.getResultID(ctx, parent, resultName) // safe: looks up the parent result (results_by_name), not the record; NotFound is returned, never created; the record gets a fresh uid() id and records_by_name (parent, result_name, name) rejects a duplicate as AlreadyExists
	if err != nil {
		return nil, err
	}

	// Populate Result with server provided fields.
	r.Id = uid()
	r.Uid = r.Id
	ts := timestamppb.New(clock.Now())
	r.CreatedTime = ts
	r.CreateTime = ts
	r.UpdatedTime = ts
	r.UpdateTime = ts

	store, err := record.ToStorage(parent, resultName, resultID, name, req.GetRecord())
	if err != nil {
		return nil, err
	}
	if err := record.UpdateEtag(store); err != nil {
		return nil, err
	}
	q := s.db.WithContext(ctx).
		Model(store).
		Create(store).Error
	if err := errors.Wrap(q); err != nil {
		return nil, err
	}

	return record.ToAPI(store), nil
}

// resultID is a utility struct to extract partial Result data representing
// Result name <-> ID mappings.
type resultID struct {
	Name string
	ID   string
}

func (s *Server) getResultIDImpl(ctx context.Context, parent, result string) (string, error) {
	id := new(resultID)
	q := s.db.WithContext(ctx).
		Model(&db.Result{}).
		Where(&db.Result{Parent: parent, Name: result}).
		First(id)
	if err := errors.Wrap(q.Error); err != nil {
		return "", err
	}
	return id.ID, nil
}

// GetRecord returns a single Record.
func (s *Server) GetRecord(ctx context.Context, req *pb.GetRecordRequest) (*pb.Record, error) {
	parent, result, name, err := record.ParseName(req.GetName())
	if err != nil {
		return nil, err
	}

	r, err := getRecord(s.db.WithContext(ctx), parent, result, name)
	if err != nil {
		return nil, err
	}
	return record.ToAPI(r), nil
}

func getRecord(txn *gorm.DB, parent, result, name string) (*db.Record, error) {
	// Note: set the Parent, ResultName and Name fields in the model used to
	// query the database to take advantage of the records_by_name composite
	// index.
	store := &db.Record{}
	q := txn.
		Where(&db.Record{Parent: parent, ResultName: result, Name: name}).
		First(store)
	if err := errors.Wrap(q.Error); err != nil {
		return nil, err
	}
	return store, nil
}

// UpdateRecord updates a record in the database.
func (s *Server) UpdateRecord(ctx context.Context, req *pb.UpdateRecordRequest) (*pb.Record, error) {
	in := req.GetRecord()

	parent, result, name, err := record.ParseName(in.GetName())
	if err != nil {
		return nil, err
	}

	var out *pb.Record
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		r, err := getRecord(tx, parent, result, name) // safe: not-found returns NotFound; the found row is only updated by tx.Save on its primary key (parent, result_id, id), whose 0-rows fallback is GORM's INSERT ... ON CONFLICT DO UPDATE (atomic)
		if err != nil {
			return err
		}

		// If the user provided the Etag field, then make sure the value of this field matches what saved in the database.
		if req.GetEtag() != "" && req.GetEtag() != r.Etag {
			return status.Error(codes.FailedPrecondition, "the etag mismatches")
		}

		// Merge existing data with user request (upstream: proto.Merge(pb, in)).
		pb := record.ToAPI(r)
		if in.GetData() != nil {
			pb.Data = in.GetData()
		}

		updateTime := timestamppb.New(clock.Now())
		pb.UpdatedTime = updateTime
		pb.UpdateTime = updateTime

		// Convert back to storage and store.
		s, err := record.ToStorage(r.Parent, r.ResultName, r.ResultID, r.Name, pb)
		if err != nil {
			return err
		}
		if err := record.UpdateEtag(s); err != nil {
			return err
		}
		if err := errors.Wrap(tx.Save(s).Error); err != nil {
			return err
		}

		pb.Etag = s.Etag
		out = pb
		return nil
	})
	return out, err
}

// DeleteRecord deletes a given record.
func (s *Server) DeleteRecord(ctx context.Context, req *pb.DeleteRecordRequest) (*empty.Empty, error) {
	parent, result, name, err := record.ParseName(req.GetName())
	if err != nil {
		return nil, err
	}

	r, err := getRecord(s.db, parent, result, name)
	if err != nil {
		return &empty.Empty{}, err
	}
	return &empty.Empty{}, errors.Wrap(s.db.WithContext(ctx).Delete(&db.Record{}, r).Error)
}
