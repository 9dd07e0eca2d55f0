// Package git is a reduced copy of soft-serve's top-level git package
// (github.com/charmbracelet/soft-serve/git): only what the reproduced code calls.
package git

import (
	"os"
	"time"
)

// Repository is a git repository on disk.
type Repository struct {
	Path string
}

// Open opens a repository (git/repo.go).
func Open(path string) (*Repository, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	return &Repository{Path: path}, nil
}

// Init initializes a repository (git/repo.go).
func Init(path string, _ bool) (*Repository, error) {
	if err := os.MkdirAll(path, os.ModePerm); err != nil {
		return nil, err
	}
	return &Repository{Path: path}, nil
}

// LatestCommitTime returns the time of the latest commit.
func (r *Repository) LatestCommitTime() (time.Time, error) { return time.Time{}, nil }
