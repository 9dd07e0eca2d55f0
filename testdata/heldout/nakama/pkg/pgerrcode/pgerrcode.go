// Package pgerrcode is a minimal stand-in for github.com/jackc/pgerrcode.
package pgerrcode

const (
	UniqueViolation      = "23505"
	ForeignKeyViolation  = "23503"
	SerializationFailure = "40001"
	InvalidCatalogName   = "3D000"
)
