// Package indexer reproduces 0xJacky/nginx-ui 1df16d75f689 internal/nginx_log/indexer.
package indexer

import (
	"fmt"
	"strings"

	"example.com/realworld/nginxui/model"
	"example.com/realworld/nginxui/query"
	"gorm.io/gen/field"
)

// PersistenceManager is internal/nginx_log/indexer/persistence.go:18 (trimmed).
type PersistenceManager struct{}

// GetLogIndex is internal/nginx_log/indexer/persistence.go:69: retrieves the
// index record for a log file path.
func (pm *PersistenceManager) GetLogIndex(path string) (*model.NginxLogIndex, error) {
	q := query.NginxLogIndex

	// Determine main log path for grouping
	mainLogPath := getMainLogPathFromFile(path)

	// Use FirstOrCreate to get existing record or create a new one
	logIndex, err := q.Where(q.Path.Eq(path)).
		Assign(field.Attrs(&model.NginxLogIndex{
			Path:        path,
			MainLogPath: mainLogPath,
			Enabled:     true,
		})).
		FirstOrCreate() // safe: FirstOrCreate by itself (no separate lookup decides an insert)

	if err != nil {
		return nil, fmt.Errorf("failed to get or create log index: %w", err)
	}

	return logIndex, nil
}

// getMainLogPathFromFile is internal/nginx_log/indexer/persistence.go:645 (simplified).
func getMainLogPathFromFile(filePath string) string {
	if i := strings.Index(filePath, ".log"); i >= 0 {
		return filePath[:i+4]
	}
	return filePath
}
