// Package storage is a reduced copy of pkg/storage/local.go.
package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// LocalStorage is a storage implementation that stores objects on the local
// filesystem.
type LocalStorage struct {
	root string
}

// NewLocalStorage creates a new LocalStorage.
func NewLocalStorage(root string) *LocalStorage {
	return &LocalStorage{root: root}
}

// Put implements Storage.
func (l *LocalStorage) Put(name string, r io.Reader) (int64, error) {
	name = filepath.Join(l.root, name)
	if err := os.MkdirAll(filepath.Dir(name), os.ModePerm); err != nil {
		return 0, err
	}
	f, err := os.Create(name)
	if err != nil {
		return 0, err
	}
	defer f.Close() //nolint: errcheck
	return io.Copy(f, r)
}

// Exists implements Storage.
func (l *LocalStorage) Exists(name string) (bool, error) {
	name = filepath.Join(l.root, name)
	_, err := os.Stat(name)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return false, err
}

// Delete implements Storage.
func (l *LocalStorage) Delete(name string) error {
	name = filepath.Join(l.root, name)
	return os.Remove(name)
}
