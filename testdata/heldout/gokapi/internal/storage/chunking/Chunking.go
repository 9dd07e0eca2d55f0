// Package chunking keeps the pieces of upstream internal/storage/chunking/Chunking.go used by
// storage.NewFileFromChunk.
package chunking

import (
	"os"
	"path/filepath"
)

// FileHeader contains information about the uploaded file (upstream :27)
type FileHeader struct {
	Filename    string
	ContentType string
	Size        int64
}

var dataDir = os.TempDir()

// GetFileByChunkId returns the file for the given chunk id (upstream; path handling trimmed)
func GetFileByChunkId(id string) (*os.File, error) {
	return os.Open(filepath.Join(dataDir, "chunk-"+filepath.Base(id)))
}

// DeleteChunk removes the chunk file
func DeleteChunk(id string) error {
	return os.Remove(filepath.Join(dataDir, "chunk-"+filepath.Base(id)))
}
