package rewrite_test

import (
	"bytes"
	"go/format"
	"os"
	"testing"

	"github.com/upsertfix/upsertfix/internal/load"
	"github.com/upsertfix/upsertfix/rewrite"
)

// TestRoundTrip decorates and restores, with no edit, every Go file of
// the test modules: the output must be the input, byte for byte.
func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("loads modules with the go command")
	}
	n := 0
	for _, dir := range []string{"../testdata/gorm", "../testdata/ent", "../testdata/prisma", "../e2e", "../example", "../detect/testdata"} {
		res, err := load.Load(&load.Config{Dir: dir, Patterns: []string{"./..."}, KeepSyntax: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Packages) == 0 {
			t.Fatalf("%s: no package loaded", dir)
		}
		for _, p := range res.Packages {
			for _, f := range p.Syntax {
				name := p.Fset.File(f.Pos()).Name()
				want, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				if f2, err := format.Source(want); err != nil || !bytes.Equal(f2, want) {
					t.Errorf("%s: the input is not gofmt-clean", name)
					continue
				}
				got, err := rewrite.Restore(p.Package, f)
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s: round trip changed the file:\n%s", name, got)
				}
				n++
			}
		}
	}
	if n < 40 {
		t.Errorf("round-tripped only %d files", n)
	}
	t.Logf("%d files round-tripped", n)
}
