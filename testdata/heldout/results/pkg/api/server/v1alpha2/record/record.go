// Package record provides utilities for manipulating and validating Records
// (trimmed from upstream pkg/api/server/v1alpha2/record/record.go).
package record

import (
	"fmt"
	"regexp"

	"example.com/heldout/results/pkg/api/server/db"
	"example.com/heldout/results/third_party/grpc/codes"
	"example.com/heldout/results/third_party/grpc/status"
	pb "example.com/heldout/results/third_party/results_go_proto"
	"example.com/heldout/results/third_party/timestamppb"
)

var (
	// NameRegex matches valid name specs for a Result.
	NameRegex = regexp.MustCompile("(^[a-z0-9_-]{1,63})/results/([a-z0-9_-]{1,63})/records/([a-z0-9_-]{1,63}$)")
)

// ParseName splits a full Result name into its individual (parent, result, name)
// components.
func ParseName(raw string) (parent, result, name string, err error) {
	s := NameRegex.FindStringSubmatch(raw)
	if len(s) != 4 {
		return "", "", "", status.Errorf(codes.InvalidArgument, "name must match %s", NameRegex.String())
	}
	return s[1], s[2], s[3], nil
}

// FormatName takes in a parent ("a/results/b") and record name ("c") and
// returns the full resource name ("a/results/b/records/c").
func FormatName(parent, name string) string {
	return fmt.Sprintf("%s/records/%s", parent, name)
}

// ToStorage converts an API Record into its corresponding database storage
// equivalent (the upstream config parameter and log conversion are dropped).
func ToStorage(parent, resultName, resultID, name string, r *pb.Record) (*db.Record, error) {
	id := r.GetUid()
	if id == "" {
		id = r.GetId()
	}

	dbr := &db.Record{
		Parent:     parent,
		ResultName: resultName,
		ResultID:   resultID,

		ID:   id,
		Name: name,

		Type: r.GetData().GetType(),
		Data: r.GetData().GetValue(),

		Etag: r.Etag,
	}

	if r.CreatedTime.IsValid() {
		dbr.CreatedTime = r.CreatedTime.AsTime()
	}
	if r.UpdatedTime.IsValid() {
		dbr.UpdatedTime = r.UpdatedTime.AsTime()
	}
	return dbr, nil
}

// ToAPI converts a database storage Record into its corresponding API
// equivalent.
func ToAPI(r *db.Record) *pb.Record {
	out := &pb.Record{
		Name: fmt.Sprintf("%s/results/%s/records/%s", r.Parent, r.ResultName, r.Name),
		Id:   r.ID,
		Uid:  r.ID,
		Etag: r.Etag,
	}
	if !r.CreatedTime.IsZero() {
		out.CreatedTime = timestamppb.New(r.CreatedTime)
		out.CreateTime = timestamppb.New(r.CreatedTime)
	}
	if !r.UpdatedTime.IsZero() {
		out.UpdatedTime = timestamppb.New(r.UpdatedTime)
		out.UpdateTime = timestamppb.New(r.UpdatedTime)
	}
	if r.Data != nil {
		out.Data = &pb.Any{
			Type:  r.Type,
			Value: r.Data,
		}
	}
	return out
}

// UpdateEtag updates the etag field of a record according to its content.
func UpdateEtag(r *db.Record) error {
	if r.ID == "" {
		return fmt.Errorf("the ID field must be set")
	}
	if r.UpdatedTime.IsZero() {
		return status.Error(codes.Internal, "the UpdatedTime field must be set")
	}
	r.Etag = fmt.Sprintf("%s-%v", r.ID, r.UpdatedTime.UnixNano())
	return nil
}
