package lint_test

import (
	"github.com/upsertfix/upsertfix/detect"
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

// TestSuggestedFixesEnt runs the same checks on ent code, in the ent
// golden module (its generated client): testdata/ent/cases/lint_ent.
func TestSuggestedFixesEnt(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the ent golden module")
	}
	download(t, "../testdata/ent")
	analysistest.RunWithSuggestedFixes(t, "../testdata/ent", lint.Analyzer, "./cases/lint_ent")
}

// TestSuggestedFixesPrisma: testdata/prisma/cases/lint_prisma, over a
// generated prisma-client-go client.
func TestSuggestedFixesPrisma(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prisma golden module")
	}
	download(t, "../testdata/prisma")
	analysistest.RunWithSuggestedFixes(t, "../testdata/prisma", lint.Analyzer, "./cases/lint_prisma")
}

func download(t *testing.T, dir string) {
	t.Helper()
	dl := exec.Command("go", "mod", "download")
	dl.Dir = dir
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
}

// analysistest expects a want comment for every exported fact; the effect
// summaries are covered by the golden cases instead.
func init() { detect.ExportEffectFacts = false }
