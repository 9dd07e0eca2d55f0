// Package storage reproduces pocket-id/pocket-id d258d952b157 backend/internal/storage.
//
// Upstream has three FileStorage backends: filesystem.go, s3.go and
// database.go; only the GORM one (database.go) is reproduced.
package storage

import (
	"context"
	"io"
	"os"
)

// FileStorage is backend/internal/storage/storage.go:21 (List/Walk trimmed).
type FileStorage interface {
	Close() error
	Save(ctx context.Context, relativePath string, data io.Reader) error
	Open(ctx context.Context, relativePath string) (io.ReadCloser, int64, error)
	Delete(ctx context.Context, relativePath string) error
	Type() string
}

// IsNotExist is backend/internal/storage/storage.go:32.
func IsNotExist(err error) bool {
	return os.IsNotExist(err)
}
