package auth

import (
	"errors"

	"example.com/realworld/lakefs/pkg/kv"
)

var (
	ErrNotFound                = kv.ErrNotFound
	ErrAlreadyExists           = errors.New("already exists")
	ErrAuthenticatingRequest   = errors.New("error authenticating request")
	ErrMigrationNotPossible    = errors.New("migration not possible")
	ErrInvalidRequest          = errors.New("invalid request")
	ErrInvalidAccessKeyID      = errors.New("invalid access key ID")
	ErrInvalidSecretAccessKey  = errors.New("invalid secret access key")
	ErrNotImplemented          = errors.New("not implemented")
	ErrInsufficientPermissions = errors.New("insufficient permissions")
)
