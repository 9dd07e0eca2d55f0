package builder

import (
	"path/filepath"
	"strings"
)

// SanitizePath is pipeline/frontend/builder/utils.go:24, verbatim.
func SanitizePath(path string) string {
	path = filepath.Base(path)
	path = strings.TrimSuffix(path, ".yml")
	path = strings.TrimSuffix(path, ".yaml")
	path = strings.TrimPrefix(path, ".")
	return path
}
