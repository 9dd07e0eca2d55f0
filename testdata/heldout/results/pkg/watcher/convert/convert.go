// Package convert turns watched objects into Record data (trimmed from
// upstream pkg/watcher/convert/convert.go).
package convert

import (
	"encoding/json"
	"fmt"

	pb "example.com/heldout/results/third_party/results_go_proto"
)

type typed interface {
	GetNamespace() string
	GetName() string
}

// TypeName returns the type name of the object.
func TypeName(o any) string { return fmt.Sprintf("%T", o) }

// ToProto converts the object into a Record payload.
func ToProto(o any) (*pb.Any, error) {
	b, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	return &pb.Any{Type: TypeName(o), Value: b}, nil
}

// ToLogProto builds the payload of a log record.
func ToLogProto(o typed, kind, name string) (*pb.Any, error) {
	b, err := json.Marshal(map[string]string{"kind": kind, "name": name, "namespace": o.GetNamespace(), "object": o.GetName()})
	if err != nil {
		return nil, err
	}
	return &pb.Any{Type: "results.tekton.dev/v1alpha3.Log", Value: b}, nil
}
