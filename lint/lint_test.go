package lint_test

import (
	"os/exec"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/upsertfix/upsertfix/lint"
)

// TestSuggestedFixes checks the diagnostics, the facts (want Name:"fact")
// and the files after applying every suggested fix (fixes.go.golden).
func TestSuggestedFixes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gorm.io/gorm from source")
	}
	dl := exec.Command("go", "mod", "download")
	dl.Dir = "testdata"
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	analysistest.RunWithSuggestedFixes(t, "testdata", lint.Analyzer, "./fixes")
}
