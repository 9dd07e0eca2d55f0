package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/upsertfix/upsertfix/internal/testmod"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/*/cases and of the CLI archives")

// Each golden module holds one package per behaviour under cases/<name>/:
// the inputs (<file>.go), the expected report (want.txt, one
// file:line:col: message per finding, paths relative to the module) and
// the expected output of each changed file (<file>.go.golden).
const (
	gormModule = "../../testdata/gorm"
	entModule  = "../../testdata/ent"    // with generated clients, with and without sql/upsert
	prismaMod  = "../../testdata/prisma" // with a generated prisma-client-go client
	xormModule = "../../testdata/xorm"
	sqlModule  = "../../testdata/sql"
	bunModule  = "../../testdata/bun"
)

func run(t testing.TB, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func decodeFindings(t *testing.T, s string) []jsonFinding {
	t.Helper()
	var fs []jsonFinding
	if err := json.Unmarshal([]byte(s), &fs); err != nil {
		t.Fatalf("bad -json output: %v\n%s", err, s)
	}
	return fs
}

// citedLine is a line number a message cites.
var citedLine = regexp.MustCompile(`\bline \d+\b`)

// caseOf returns "name" for "cases/name/file.go" when casesDir is
// "cases", and "project" for "project/pkg/file.go" when it is "" (the
// real-world corpus, one directory per project).
func caseOf(casesDir, file string) string {
	parts := strings.Split(file, "/")
	if casesDir == "" {
		if len(parts) >= 2 {
			return parts[0]
		}
		return ""
	}
	if len(parts) >= 3 && parts[0] == casesDir {
		return parts[1]
	}
	return ""
}

func TestGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	for _, m := range []struct {
		name, dir string
		min       int
	}{{"gorm", gormModule, 30}, {"ent", entModule, 20}, {"prisma", prismaMod, 20}, {"xorm", xormModule, 25}, {"sql", sqlModule, 25}, {"bun", bunModule, 15}} {
		t.Run(m.name, func(t *testing.T) { testGolden(t, m.dir, "cases", m.min) })
	}
}

// testGolden checks every case directory of module (the directories
// under casesDir, or the top-level ones but internal/ when casesDir is
// ""): its report (want.txt), its fixed files (*.go.golden), that the
// fixed module builds, that a second run changes nothing and that -diff
// applies with git apply. It returns the findings of the first run.
func testGolden(t *testing.T, module, casesDir string, minCases int) []jsonFinding {
	work := testmod.Copy(t, module)

	out, stderr, code := run(t, "-C", work, "-json", "./...")
	if code != 1 {
		t.Fatalf("-json exit %d, want 1; stderr:\n%s", code, stderr)
	}
	before := decodeFindings(t, out)
	reports := map[string][]string{}
	for _, f := range before {
		reports[caseOf(casesDir, f.File)] = append(reports[caseOf(casesDir, f.File)], fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Column, f.Message))
	}

	diffOut, _, code := run(t, "-C", work, "-diff", "./...")
	if code != 1 || diffOut == "" {
		t.Fatalf("-diff exit %d with %d bytes, want 1 and a diff", code, len(diffOut))
	}
	_, stderr, code = run(t, "-C", work, "-w", "./...")
	if code != 1 { // some cases are not fixable by design
		t.Fatalf("-w exit %d, want 1; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "fixed ") {
		t.Errorf("-w printed no summary: %s", stderr)
	}

	entries, err := os.ReadDir(filepath.Join(module, casesDir))
	if err != nil {
		t.Fatal(err)
	}
	var cases []os.DirEntry
	for _, e := range entries {
		if e.IsDir() && !(casesDir == "" && e.Name() == "internal") {
			cases = append(cases, e)
		}
	}
	if len(cases) < minCases {
		t.Errorf("only %d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join(module, casesDir, c.Name())
			checkGolden(t, filepath.Join(dir, "want.txt"), []byte(strings.Join(reports[c.Name()], "\n")+"\n"))
			files := goFilesUnder(t, dir)
			for _, in := range files {
				rel, _ := filepath.Rel(module, in)
				orig, _ := os.ReadFile(in)
				got, err := os.ReadFile(filepath.Join(work, rel))
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Equal(orig, got) {
					if _, err := os.Stat(in + ".golden"); err == nil {
						if *update {
							os.Remove(in + ".golden")
						} else {
							t.Errorf("%s: unchanged, but a golden exists", rel)
						}
					}
					continue
				}
				if f, err := format.Source(got); err != nil || !bytes.Equal(f, got) {
					t.Errorf("%s: output is not gofmt-clean (%v)", rel, err)
				}
				checkGolden(t, in+".golden", got)
			}
		})
	}

	// The fixed module builds, tests included (every fix type-checks
	// against the real ORM or generated client).
	for _, args := range [][]string{{"build", "./..."}, {"test", "-count=1", "-run", "^$", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = work
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s after -w: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	// A second run over the fixed code reports only what was not fixable.
	out, _, _ = run(t, "-C", work, "-json", "./...")
	after := decodeFindings(t, out)
	var want, got []string
	// (a message may cite a line, which the fixes above it move)
	for _, f := range before {
		if !f.Fixable {
			want = append(want, f.File+": "+citedLine.ReplaceAllString(f.Message, "line N"))
		}
	}
	for _, f := range after {
		got = append(got, f.File+": "+citedLine.ReplaceAllString(f.Message, "line N"))
	}
	sort.Strings(want)
	sort.Strings(got)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("second run:\n%s\nwant only the unfixable findings:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	diff2, _, code := run(t, "-C", work, "-diff", "./...")
	if code != 0 || diff2 != "" {
		t.Errorf("second -diff: exit %d, output:\n%s", code, diff2)
	}

	// The -diff output applies with git apply and gives what -w wrote.
	checkApply(t, module, diffOut, work)
	return before
}

// goFilesUnder lists the .go files of dir and of its subdirectories.
func goFilesUnder(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkApply applies patch to a fresh copy with git apply and compares
// the result with the tree -w produced.
func checkApply(t *testing.T, module, patch, written string) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	fresh := testmod.Copy(t, module)
	pf := filepath.Join(t.TempDir(), "fix.patch")
	os.WriteFile(pf, []byte(patch), 0o644)
	for _, args := range [][]string{{"apply", "--check", pf}, {"apply", pf}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = fresh
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	filepath.WalkDir(fresh, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(fresh, path)
		a, _ := os.ReadFile(path)
		b, _ := os.ReadFile(filepath.Join(written, rel))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: git apply of -diff differs from -w", rel)
		}
		return nil
	})
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}
