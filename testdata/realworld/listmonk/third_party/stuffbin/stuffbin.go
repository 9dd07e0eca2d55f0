// Package stuffbin is a small stand-in for github.com/knadh/stuffbin: a
// read-only file system the binary's static files (queries/*.sql,
// schema.sql) are read from at run time. This stand-in reads them from a
// directory on disk.
package stuffbin

import (
	"os"
	"path/filepath"
	"strings"
)

// FileSystem is the read-only file system listmonk loads its SQL from.
type FileSystem interface {
	Glob(pattern string) ([]string, error)
	Read(path string) ([]byte, error)
}

type localFS struct {
	root string
}

// NewLocalFS returns a FileSystem rooted at dir.
func NewLocalFS(dir string) FileSystem {
	return &localFS{root: dir}
}

func (l *localFS) Glob(pattern string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(l.root, filepath.FromSlash(pattern)))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(files))
	for _, f := range files {
		out = append(out, "/"+filepath.ToSlash(strings.TrimPrefix(f, l.root+string(filepath.Separator))))
	}
	return out, nil
}

func (l *localFS) Read(path string) ([]byte, error) {
	return os.ReadFile(filepath.Join(l.root, filepath.FromSlash(path)))
}
