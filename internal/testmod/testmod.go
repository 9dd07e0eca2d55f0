// Package testmod copies the test modules (testdata/gorm, ent, prisma,
// the real-world corpus) for tests that run upsertfix, go fix or
// golangci-lint on them and may write fixes.
package testmod

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Copy copies the module at src into a temporary directory of tb, without
// its expected outputs (*.golden, want.txt), and returns the directory.
func Copy(tb testing.TB, src string) string {
	tb.Helper()
	dst := tb.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasSuffix(path, ".golden") || strings.HasSuffix(path, "want.txt") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dst
}
