// Package errors reproduces (trimmed) flyteadmin/pkg/errors/errors.go.
package errors

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type FlyteAdminError interface {
	Error() string
	Code() codes.Code
	String() string
}

type flyteAdminErrorImpl struct {
	code    codes.Code
	message string
}

func (e *flyteAdminErrorImpl) Error() string    { return e.message }
func (e *flyteAdminErrorImpl) Code() codes.Code { return e.code }
func (e *flyteAdminErrorImpl) String() string {
	return fmt.Sprintf("status: code = %s desc = %s", e.code, e.message)
}

func NewFlyteAdminError(code codes.Code, message string) FlyteAdminError {
	return &flyteAdminErrorImpl{code: code, message: message}
}

func NewFlyteAdminErrorf(code codes.Code, format string, a ...interface{}) FlyteAdminError {
	return NewFlyteAdminError(code, fmt.Sprintf(format, a...))
}

// errors.go:157
func NewTaskExistsIdenticalStructureError() FlyteAdminError {
	errorMsg := "task with identical structure already exists"
	return NewFlyteAdminError(codes.AlreadyExists, errorMsg)
}

// errors.go (InvalidArgument, with a json diff upstream)
func NewTaskExistsDifferentStructureError(ctx context.Context, request *admin.TaskCreateRequest) FlyteAdminError {
	errorMsg := fmt.Sprintf("%v task with different structure already exists. (Please register a new version of the task):\n", request.GetId().GetName())
	return NewFlyteAdminError(codes.InvalidArgument, errorMsg)
}

// errors.go:162 (InvalidArgument)
func NewWorkflowExistsDifferentStructureError(ctx context.Context, request *admin.WorkflowCreateRequest) FlyteAdminError {
	errorMsg := fmt.Sprintf("%v workflow with different structure already exists. (Please register a new version of the workflow):\n", request.GetId().GetName())
	return NewFlyteAdminError(codes.InvalidArgument, errorMsg)
}

// errors.go:184 (AlreadyExists)
func NewWorkflowExistsIdenticalStructureError(ctx context.Context, request *admin.WorkflowCreateRequest) FlyteAdminError {
	errorMsg := "workflow with identical structure already exists"
	return NewFlyteAdminError(codes.AlreadyExists, errorMsg)
}

// errors.go:200 (InvalidArgument)
func NewLaunchPlanExistsDifferentStructureError(ctx context.Context, request *admin.LaunchPlanCreateRequest) FlyteAdminError {
	errorMsg := fmt.Sprintf("%v launch plan with different structure already exists. (Please register a new version of the launch plan):\n", request.GetId().GetName())
	return NewFlyteAdminError(codes.InvalidArgument, errorMsg)
}

// errors.go:211 (AlreadyExists)
func NewLaunchPlanExistsIdenticalStructureError() FlyteAdminError {
	errorMsg := "launch plan with identical structure already exists"
	return NewFlyteAdminError(codes.AlreadyExists, errorMsg)
}

func NewAlreadyInTerminalStateError(ctx context.Context, errorMsg string, curPhase string) FlyteAdminError {
	return NewFlyteAdminError(codes.FailedPrecondition, errorMsg)
}

func IsDoesNotExistError(err error) bool {
	adminError, ok := err.(FlyteAdminError)
	return ok && adminError.Code() == codes.NotFound
}
