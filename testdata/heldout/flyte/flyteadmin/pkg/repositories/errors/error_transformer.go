package errors

import flyteAdminErrors "example.com/heldout/flyte/flyteadmin/pkg/errors"

// Defines the basic error transformer interface that all database types must implement.
type ErrorTransformer interface {
	ToFlyteAdminError(err error) flyteAdminErrors.FlyteAdminError
}
