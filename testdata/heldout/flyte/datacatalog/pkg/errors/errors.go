// Package errors reproduces datacatalog/pkg/errors/errors.go (grpc status
// replaced by a code + message).
package errors

import (
	"fmt"

	"example.com/heldout/flyte/pkg/grpc/codes"
)

type DataCatalogError interface {
	Error() string
	Code() codes.Code
	String() string
}

type dataCatalogErrorImpl struct {
	code    codes.Code
	message string
}

func (e *dataCatalogErrorImpl) Error() string {
	return e.message
}

func (e *dataCatalogErrorImpl) Code() codes.Code {
	return e.code
}

func (e *dataCatalogErrorImpl) String() string {
	return fmt.Sprintf("status: code = %s desc = %s", e.code, e.message)
}

func NewDataCatalogError(code codes.Code, message string) error {
	return &dataCatalogErrorImpl{code: code, message: message}
}

func NewDataCatalogErrorf(code codes.Code, format string, a ...interface{}) error {
	return NewDataCatalogError(code, fmt.Sprintf(format, a...))
}

func IsAlreadyExistsError(err error) bool {
	dcErr, ok := err.(DataCatalogError)
	return ok && dcErr.Code() == codes.AlreadyExists
}

func IsDoesNotExistError(err error) bool {
	dcErr, ok := err.(DataCatalogError)
	return ok && dcErr.Code() == codes.NotFound
}
