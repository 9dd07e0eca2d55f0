// Package errors reproduces (trimmed) flyteadmin/pkg/repositories/errors.
package errors

import (
	"fmt"

	flyteAdminErrors "example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

const (
	notFound          = "missing entity of type %s with identifier %v"
	invalidInput      = "missing and/or invalid parameters: %s"
	singletonNotFound = "missing singleton entity of type %s"
)

func GetMissingEntityError(entityType string, identifier interface{}) flyteAdminErrors.FlyteAdminError {
	return flyteAdminErrors.NewFlyteAdminErrorf(codes.NotFound, notFound, entityType, identifier)
}

func GetSingletonMissingEntityError(entityType string) flyteAdminErrors.FlyteAdminError {
	return flyteAdminErrors.NewFlyteAdminErrorf(codes.NotFound, singletonNotFound, entityType)
}

func GetInvalidInputError(input string) flyteAdminErrors.FlyteAdminError {
	return flyteAdminErrors.NewFlyteAdminError(codes.InvalidArgument, fmt.Sprintf(invalidInput, input))
}
