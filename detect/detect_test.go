package detect_test

import (
	"os/exec"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/upsertfix/upsertfix/detect"
)

func TestAnalyzer(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gorm.io/gorm from source")
	}
	// analysistest loads in module mode with GOPROXY=off: make sure the
	// module cache holds the test module's requirements.
	dl := exec.Command("go", "mod", "download")
	dl.Dir = "testdata"
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	analysistest.Run(t, "testdata", detect.Analyzer, "./a")
}
