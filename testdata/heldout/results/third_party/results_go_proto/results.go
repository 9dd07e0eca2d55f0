// Package results_go_proto is a small stand-in for the generated protobuf /
// gRPC package github.com/tektoncd/results/proto/v1alpha2/results_go_proto
// (messages, getters and the ResultsClient / LogsClient interfaces).
package results_go_proto

import (
	"context"

	"example.com/heldout/results/third_party/empty"
	"example.com/heldout/results/third_party/grpc"
	"example.com/heldout/results/third_party/timestamppb"
)

// Any is a typed payload.
type Any struct {
	Type  string
	Value []byte
}

func (x *Any) GetType() string {
	if x == nil {
		return ""
	}
	return x.Type
}

func (x *Any) GetValue() []byte {
	if x == nil {
		return nil
	}
	return x.Value
}

// RecordSummary_Status is the status of a summarized record.
type RecordSummary_Status int32

// RecordSummary summarizes the top-level record of a Result.
type RecordSummary struct {
	Record      string
	Type        string
	StartTime   *timestamppb.Timestamp
	EndTime     *timestamppb.Timestamp
	Status      RecordSummary_Status
	Annotations map[string]string
}

func (x *RecordSummary) GetRecord() string {
	if x == nil {
		return ""
	}
	return x.Record
}

func (x *RecordSummary) GetType() string {
	if x == nil {
		return ""
	}
	return x.Type
}

func (x *RecordSummary) GetStatus() RecordSummary_Status {
	if x == nil {
		return 0
	}
	return x.Status
}

// Result is the API message of a Result.
type Result struct {
	Name        string
	Id          string
	Uid         string
	CreatedTime *timestamppb.Timestamp
	CreateTime  *timestamppb.Timestamp
	UpdatedTime *timestamppb.Timestamp
	UpdateTime  *timestamppb.Timestamp
	Annotations map[string]string
	Etag        string
	Summary     *RecordSummary
}

func (x *Result) GetName() string {
	if x == nil {
		return ""
	}
	return x.Name
}

func (x *Result) GetId() string {
	if x == nil {
		return ""
	}
	return x.Id
}

func (x *Result) GetUid() string {
	if x == nil {
		return ""
	}
	return x.Uid
}

func (x *Result) GetAnnotations() map[string]string {
	if x == nil {
		return nil
	}
	return x.Annotations
}

func (x *Result) GetSummary() *RecordSummary {
	if x == nil {
		return nil
	}
	return x.Summary
}

// Record is the API message of a Record.
type Record struct {
	Name        string
	Id          string
	Uid         string
	Data        *Any
	Etag        string
	CreatedTime *timestamppb.Timestamp
	CreateTime  *timestamppb.Timestamp
	UpdatedTime *timestamppb.Timestamp
	UpdateTime  *timestamppb.Timestamp
}

func (x *Record) GetName() string {
	if x == nil {
		return ""
	}
	return x.Name
}

func (x *Record) GetUid() string {
	if x == nil {
		return ""
	}
	return x.Uid
}

func (x *Record) GetId() string {
	if x == nil {
		return ""
	}
	return x.Id
}

func (x *Record) GetData() *Any {
	if x == nil {
		return nil
	}
	return x.Data
}

func (x *Record) GetEtag() string {
	if x == nil {
		return ""
	}
	return x.Etag
}

type CreateResultRequest struct {
	Parent string
	Result *Result
}

func (x *CreateResultRequest) GetParent() string  { return x.Parent }
func (x *CreateResultRequest) GetResult() *Result { return x.Result }

type GetResultRequest struct{ Name string }

func (x *GetResultRequest) GetName() string { return x.Name }

type UpdateResultRequest struct {
	Name   string
	Result *Result
	Etag   string
}

func (x *UpdateResultRequest) GetName() string    { return x.Name }
func (x *UpdateResultRequest) GetResult() *Result { return x.Result }
func (x *UpdateResultRequest) GetEtag() string    { return x.Etag }

type DeleteResultRequest struct{ Name string }

func (x *DeleteResultRequest) GetName() string { return x.Name }

type CreateRecordRequest struct {
	Parent string
	Record *Record
}

func (x *CreateRecordRequest) GetParent() string  { return x.Parent }
func (x *CreateRecordRequest) GetRecord() *Record { return x.Record }

type GetRecordRequest struct{ Name string }

func (x *GetRecordRequest) GetName() string { return x.Name }

type UpdateRecordRequest struct {
	Record *Record
	Etag   string
}

func (x *UpdateRecordRequest) GetRecord() *Record { return x.Record }
func (x *UpdateRecordRequest) GetEtag() string    { return x.Etag }

type DeleteRecordRequest struct{ Name string }

func (x *DeleteRecordRequest) GetName() string { return x.Name }

// Log is a chunk of a streamed log.
type Log struct {
	Name string
	Data []byte
}

func (x *Log) GetName() string { return x.Name }
func (x *Log) GetData() []byte { return x.Data }

// ResultsClient is the gRPC client of the Results service.
type ResultsClient interface {
	CreateResult(ctx context.Context, in *CreateResultRequest, opts ...grpc.CallOption) (*Result, error)
	UpdateResult(ctx context.Context, in *UpdateResultRequest, opts ...grpc.CallOption) (*Result, error)
	GetResult(ctx context.Context, in *GetResultRequest, opts ...grpc.CallOption) (*Result, error)
	DeleteResult(ctx context.Context, in *DeleteResultRequest, opts ...grpc.CallOption) (*empty.Empty, error)
	CreateRecord(ctx context.Context, in *CreateRecordRequest, opts ...grpc.CallOption) (*Record, error)
	UpdateRecord(ctx context.Context, in *UpdateRecordRequest, opts ...grpc.CallOption) (*Record, error)
	GetRecord(ctx context.Context, in *GetRecordRequest, opts ...grpc.CallOption) (*Record, error)
	DeleteRecord(ctx context.Context, in *DeleteRecordRequest, opts ...grpc.CallOption) (*empty.Empty, error)
}

// Logs_UpdateLogClient is the client stream of Logs.UpdateLog.
type Logs_UpdateLogClient interface {
	Send(*Log) error
}

// LogsClient is the gRPC client of the Logs service.
type LogsClient interface {
	UpdateLog(ctx context.Context, opts ...grpc.CallOption) (Logs_UpdateLogClient, error)
}

// Logs_UpdateLogServer is the server stream of Logs.UpdateLog.
type Logs_UpdateLogServer interface {
	Recv() (*Log, error)
	Context() context.Context
}
