// Package result provides utilities for manipulating and validating Results
// (trimmed from upstream pkg/api/server/v1alpha2/result/result.go).
package result

import (
	"fmt"
	"regexp"
	"time"

	"example.com/heldout/results/pkg/api/server/db"
	"example.com/heldout/results/third_party/grpc/codes"
	"example.com/heldout/results/third_party/grpc/status"
	pb "example.com/heldout/results/third_party/results_go_proto"
	"example.com/heldout/results/third_party/timestamppb"
)

var (
	// NameRegex matches valid name specs for a Result.
	NameRegex = regexp.MustCompile("(^[a-z0-9_-]{1,63})/results/([a-z0-9_-]{1,63}$)")
)

// ParseName splits a full Result name into its individual (parent, name)
// components.
func ParseName(raw string) (parent, name string, err error) {
	s := NameRegex.FindStringSubmatch(raw)
	if len(s) != 3 {
		return "", "", status.Errorf(codes.InvalidArgument, "name must match %s", NameRegex.String())
	}
	return s[1], s[2], nil
}

// FormatName takes in a parent ("a") and result name ("b") and
// returns the full resource name ("a/results/b").
func FormatName(parent, name string) string {
	return fmt.Sprintf("%s/results/%s", parent, name)
}

// ToStorage converts an API Result into its corresponding database storage
// equivalent.
func ToStorage(r *pb.Result) (*db.Result, error) {
	parent, name, err := ParseName(r.GetName())
	if err != nil {
		return nil, err
	}
	id := r.GetUid()
	if id == "" {
		id = r.GetId()
	}
	result := &db.Result{
		Parent:      parent,
		ID:          id,
		Name:        name,
		Annotations: r.Annotations,
		Etag:        r.Etag,
	}
	if r.CreatedTime.IsValid() {
		result.CreatedTime = r.CreatedTime.AsTime()
	}
	if r.UpdatedTime.IsValid() {
		result.UpdatedTime = r.UpdatedTime.AsTime()
	}
	if s := r.GetSummary(); s != nil {
		result.Summary = db.RecordSummary{
			Record:      s.GetRecord(),
			Type:        s.GetType(),
			Status:      int32(s.GetStatus()),
			Annotations: s.Annotations,
		}
	}
	return result, nil
}

// ToAPI converts a database storage Result into its corresponding API
// equivalent.
func ToAPI(r *db.Result) *pb.Result {
	var summary *pb.RecordSummary
	if r.Summary.Record != "" {
		summary = &pb.RecordSummary{
			Record:      r.Summary.Record,
			Type:        r.Summary.Type,
			StartTime:   newTS(r.Summary.StartTime),
			EndTime:     newTS(r.Summary.EndTime),
			Status:      pb.RecordSummary_Status(r.Summary.Status),
			Annotations: r.Summary.Annotations,
		}
	}
	return &pb.Result{
		Name:        FormatName(r.Parent, r.Name),
		Id:          r.ID,
		Uid:         r.ID,
		CreatedTime: timestamppb.New(r.CreatedTime),
		CreateTime:  timestamppb.New(r.CreatedTime),
		UpdatedTime: timestamppb.New(r.UpdatedTime),
		UpdateTime:  timestamppb.New(r.UpdatedTime),
		Annotations: r.Annotations,
		Etag:        r.Etag,
		Summary:     summary,
	}
}

func newTS(t *time.Time) *timestamppb.Timestamp {
	if t == nil {
		return nil
	}
	return timestamppb.New(*t)
}

// UpdateEtag updates the etag field of a result according to its content.
func UpdateEtag(r *db.Result) error {
	if r.ID == "" {
		return fmt.Errorf("the ID field must be set")
	}
	if r.UpdatedTime.IsZero() {
		return status.Error(codes.Internal, "the UpdatedTime field must be set")
	}
	r.Etag = fmt.Sprintf("%s-%v", r.ID, r.UpdatedTime.UnixNano())
	return nil
}
