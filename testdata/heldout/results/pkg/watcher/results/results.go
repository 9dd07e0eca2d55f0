// Package results is the watcher's client of the Results API: multi-RPC
// helpers that put Results and Records (trimmed from upstream
// pkg/watcher/results/results.go).
package results

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"example.com/heldout/results/pkg/api/server/v1alpha2/record"
	"example.com/heldout/results/pkg/api/server/v1alpha2/result"
	"example.com/heldout/results/pkg/watcher/convert"
	"example.com/heldout/results/pkg/watcher/reconciler/annotation"
	"example.com/heldout/results/third_party/grpc"
	"example.com/heldout/results/third_party/grpc/codes"
	"example.com/heldout/results/third_party/grpc/status"
	"example.com/heldout/results/third_party/k8s/metav1"
	"example.com/heldout/results/third_party/k8s/runtime"
	"example.com/heldout/results/third_party/knative/apis"
	pb "example.com/heldout/results/third_party/results_go_proto"
)

// Client is a wrapper around a Results client that provides helpful utilities
// for performing result operations that require multiple RPCs or data specific
// operations.
type Client struct {
	pb.ResultsClient
	pb.LogsClient
}

// NewClient returns a new results client for the particular kind.
func NewClient(resultsClient pb.ResultsClient, logsClient pb.LogsClient) *Client {
	return &Client{
		ResultsClient: resultsClient,
		LogsClient:    logsClient,
	}
}

// Object is a union type of different base k8s Object interfaces.
type Object interface {
	metav1.Object
	runtime.Object
	StatusConditionGetter
}

// StatusConditionGetter defines status for Object interface
type StatusConditionGetter interface {
	GetStatusCondition() apis.ConditionAccessor
}

// Put adds the given Object to the Results API.
// If the parent result is missing or the object is not yet associated with a
// result, one is created automatically.
// If the Object is already associated with a Record, the existing Record is
// updated - otherwise a new Record is created.
func (c *Client) Put(ctx context.Context, o Object, opts ...grpc.CallOption) (*pb.Result, *pb.Record, error) {
	// Make sure parent Result exists (or create one)
	res, err := c.ensureResult(ctx, o, opts...)
	if err != nil {
		return nil, nil, err
	}

	// Create or update the rec.
	rec, err := c.upsertRecord(ctx, res.GetName(), o, opts...)
	if err != nil {
		return nil, nil, err
	}

	return res, rec, nil
}

// ensureResult gets the Result corresponding to the Object, creates a new
// one, or updates the existing Result with new Object details if necessary.
func (c *Client) ensureResult(ctx context.Context, o Object, opts ...grpc.CallOption) (*pb.Result, error) {
	resName := resultName(o)
	curr, err := c.GetResult(ctx, &pb.GetResultRequest{Name: resName}, opts...) // safe: a concurrent CreateResult fails on UNIQUE results_by_name (parent, name), mapped 23505 -> AlreadyExists, and the loser re-fetches with GetResult
	if err != nil && status.Code(err) != codes.NotFound {
		return nil, status.Errorf(status.Code(err), "GetResult(%s): %v", resName, err)
	}

	res := &pb.Result{
		Name: resName,
	}
	recName := recordName(resName, o)
	topLevel := isTopLevelRecord(o)

	if topLevel {
		// If the object corresponds to a top level record  - include a RecordSummary.
		res.Summary = &pb.RecordSummary{
			Record: recName,
			Type:   convert.TypeName(o),
		}
	}

	res.Annotations = map[string]string{}
	if value, found := o.GetAnnotations()[annotation.ResultAnnotations]; found {
		resultAnnotations, err := parseAnnotations(annotation.ResultAnnotations, value)
		if err != nil {
			return nil, err
		}
		res.Annotations = resultAnnotations
	}

	// Regardless of whether the object is a top level record or not,
	// if the Result doesn't exist yet just create it and return.
	if status.Code(err) == codes.NotFound {
		req := &pb.CreateResultRequest{
			Parent: parentName(o),
			Result: res,
		}
		created, err := c.CreateResult(ctx, req, opts...)
		if err != nil {
			if status.Code(err) == codes.AlreadyExists {
				// Result was created concurrently - refetching
				return c.GetResult(ctx, &pb.GetResultRequest{
					Name: resName,
				}, opts...)
			}
			return nil, err
		}
		return created, nil
	}

	if !topLevel {
		return curr, nil
	}

	if reflect.DeepEqual(curr.GetSummary(), res.GetSummary()) {
		return curr, nil
	}
	req := &pb.UpdateResultRequest{
		Name:   resName,
		Result: res,
	}
	return c.UpdateResult(ctx, req, opts...)
}

// parseAnnotations attempts to return the provided value as a map of strings.
func parseAnnotations(annotationKey, value string) (map[string]string, error) {
	var data map[string]interface{}
	if err := json.Unmarshal([]byte(value), &data); err != nil {
		return nil, fmt.Errorf("error parsing annotation %s: %w", annotationKey, err)
	}
	annotations := map[string]string{}
	for i, v := range data {
		annotations[i] = fmt.Sprint(v)
	}
	return annotations, nil
}

// resultName gets the result name to use for the given object.
func resultName(o metav1.Object) string {
	if v, ok := o.GetAnnotations()[annotation.Result]; ok {
		return v
	}

	var part string
	if v, ok := o.GetLabels()["triggers.tekton.dev/triggers-eventid"]; ok {
		part = v
	} else if len(o.GetOwnerReferences()) > 0 {
		for _, owner := range o.GetOwnerReferences() {
			if strings.EqualFold(owner.Kind, "pipelinerun") {
				part = string(owner.UID)
				break
			}
		}
	}

	if part == "" {
		part = defaultName(o)
	}
	return result.FormatName(o.GetNamespace(), part)
}

func recordName(parent string, o Object) string {
	if isTopLevelRecord(o) {
		if name, ok := o.GetAnnotations()[annotation.Record]; ok {
			return name
		}
	}
	return record.FormatName(parent, defaultName(o))
}

// parentName returns the parent's name of the result in question.
func parentName(o metav1.Object) string {
	return o.GetNamespace()
}

// upsertRecord updates or creates a record for the object. If there has been
// no change in the Record data, the existing Record is returned.
func (c *Client) upsertRecord(ctx context.Context, parent string, o Object, opts ...grpc.CallOption) (*pb.Record, error) {
	recName := recordName(parent, o)
	data, err := convert.ToProto(o)
	if err != nil {
		return nil, err
	}

	curr, err := c.GetRecord(ctx, &pb.GetRecordRequest{Name: recName}, opts...) // race
	if err != nil && status.Code(err) != codes.NotFound {
		return nil, err
	}
	if curr != nil {
		// Data already exists for the Record - update it iff there is a diff of Data.
		if reflect.DeepEqual(data, curr.GetData()) {
			return curr, nil
		}

		curr.Data = data
		return c.UpdateRecord(ctx, &pb.UpdateRecordRequest{
			Record: curr,
			Etag:   curr.GetEtag(),
		}, opts...)
	}

	// Record doesn't exist yet - creating
	return c.CreateRecord(ctx, &pb.CreateRecordRequest{
		Parent: parent,
		Record: &pb.Record{
			Name: recName,
			Data: data,
		},
	}, opts...)
}

// defaultName is the default Result/Record name that should be used if one is
// not already associated to the Object.
func defaultName(o metav1.Object) string {
	return string(o.GetUID())
}

// isTopLevelRecord determines whether an Object is a top level Record.
func isTopLevelRecord(o Object) bool {
	return len(o.GetOwnerReferences()) == 0
}
