// Package errors reproduces datacatalog/pkg/repositories/errors.
package errors

import (
	"example.com/heldout/flyte/datacatalog/pkg/errors"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

const (
	AlreadyExists = "entity already exists"
	notFound      = "missing entity of type %s with identifier %v"
)

func GetMissingEntityError(entityType string, identifier interface{}) error {
	return errors.NewDataCatalogErrorf(codes.NotFound, notFound, entityType, identifier)
}

// Defines the basic error transformer interface that all database types must implement.
type ErrorTransformer interface {
	ToDataCatalogError(err error) error
}
