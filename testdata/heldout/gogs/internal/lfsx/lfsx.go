// Package lfsx is internal/lfsx/oid.go and internal/lfsx/storage.go, reduced to
// the types the reproduced LFS upload handler uses.
package lfsx

import (
	"io"

	"example.com/heldout/gogs/third_party/errors"
)

// OID is an LFS object ID.
type OID string

var ErrInvalidOID = errors.New("OID is not valid")

var (
	ErrObjectNotExist = errors.New("object does not exist")
	ErrOIDMismatch    = errors.New("content hash does not match OID")
)

// Storager is an storage backend for uploading and downloading LFS objects.
type Storager interface {
	// Storage returns the name of the storage backend.
	Storage() Storage
	// Upload reads content from the io.ReadCloser and uploads as given oid.
	Upload(oid OID, rc io.ReadCloser) (int64, error)
}

// Storage is the storage type of an LFS object.
type Storage string

const (
	StorageLocal Storage = "local"
)
