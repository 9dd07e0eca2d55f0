package golangci_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/upsertfix/upsertfix/internal/testmod"
)

// TestGolangciLint does what golangci-lint custom does with
// example/.custom-gcl.yml: it builds golangci-lint (the version that file
// names) with this plugin, then runs it with example/.golangci.yml on the
// GORM golden module. The findings must be the upsertfix command's, and
// run --fix must write the files upsertfix -w writes.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint (about a minute)")
	}
	custom, err := os.ReadFile("example/.custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^version: (v\S+)`).FindSubmatch(custom)
	if m == nil {
		t.Fatal("example/.custom-gcl.yml names no version")
	}
	version := string(m[1])
	root, _ := filepath.Abs("..")
	tmp := t.TempDir()

	// The golangci-lint main package, with the plugin imported.
	build := filepath.Join(tmp, "build")
	os.MkdirAll(build, 0o755)
	dir := goListDir(t, "github.com/golangci/golangci-lint/v2@"+version)
	mainGo, err := os.ReadFile(filepath.Join(dir, "cmd", "golangci-lint", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(build, "main.go"), mainGo, 0o644)
	os.WriteFile(filepath.Join(build, "plugins.go"), []byte("package main\n\nimport _ \"github.com/upsertfix/upsertfix/golangci\"\n"), 0o644)
	os.WriteFile(filepath.Join(build, "go.mod"), []byte("module customgcl\n\ngo 1.26\n\nrequire (\n\tgithub.com/golangci/golangci-lint/v2 "+version+"\n\tgithub.com/upsertfix/upsertfix v0.0.0\n)\n\nreplace github.com/upsertfix/upsertfix => "+root+"\n"), 0o644)
	bin := filepath.Join(tmp, "custom-gcl")
	upsertfix := filepath.Join(tmp, "upsertfix")
	for _, args := range [][]string{{"mod", "tidy"}, {"build", "-o", bin, "."}, {"build", "-o", upsertfix, "./cmd/upsertfix"}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = build
		if args[len(args)-1] == "./cmd/upsertfix" {
			cmd.Dir = root
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	module := filepath.Join(root, "testdata", "gorm")
	byLint, byCLI := testmod.Copy(t, module), testmod.Copy(t, module)
	cfg, err := os.ReadFile("example/.golangci.yml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(byLint, ".golangci.yml"), cfg, 0o644)

	// Findings: the same file:line:col as the command's.
	run := exec.Command(bin, "run", "--output.text.path=stdout", "--show-stats=false", "./cases/...")
	run.Dir = byLint
	out, _ := run.Output() // exit 1: issues found
	cli := exec.Command(upsertfix, "-json", "./cases/...")
	cli.Dir = byCLI
	cliOut, _ := cli.Output()
	var findings []struct {
		File         string `json:"file"`
		Line, Column int
	}
	if err := json.Unmarshal(cliOut, &findings); err != nil || len(findings) == 0 {
		t.Fatalf("upsertfix -json: %v\n%s", err, cliOut)
	}
	skipped := 0
	for _, f := range findings {
		pos := f.File + ":" + itoa(f.Line) + ":" + itoa(f.Column) + ":"
		switch {
		case strings.Contains(f.File, "module_wide"):
			skipped++
			continue // only the command's module-wide pass sees it (README)
		case strings.Contains(f.File, "cases/generated/"):
			skipped++
			continue // golangci-lint leaves out generated files by default
		}
		if !bytes.Contains(out, []byte(pos)) {
			t.Errorf("golangci-lint does not report %s", pos)
		}
	}
	if n, want := bytes.Count(out, []byte("(upsertfix)")), len(findings); n != want-skipped {
		t.Errorf("golangci-lint reports %d issues, the command %d:\n%s", n, want, out)
	}

	// --fix writes what upsertfix -w writes.
	fix := exec.Command(bin, "run", "--fix", "./cases/...")
	fix.Dir = byLint
	fix.Run()
	w := exec.Command(upsertfix, "-w", "./cases/...")
	w.Dir = byCLI
	w.Run()
	changed := 0
	filepath.WalkDir(filepath.Join(module, "cases"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(module, path)
		orig, _ := os.ReadFile(path)
		a, _ := os.ReadFile(filepath.Join(byLint, rel))
		b, _ := os.ReadFile(filepath.Join(byCLI, rel))
		if !bytes.Equal(orig, b) {
			changed++
		}
		if !bytes.Equal(a, b) && strings.Contains(rel, "module_wide") && bytes.Equal(a, orig) {
			// only the command's module-wide pass resolves an interface
			// implemented in a package that does not import it
			return nil
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: golangci-lint --fix wrote\n%s\nupsertfix -w wrote\n%s", rel, a, b)
		}
		return nil
	})
	if changed == 0 {
		t.Fatal("upsertfix -w changed nothing: the comparison proves nothing")
	}
}

func goListDir(t *testing.T, mod string) string {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v\n%s", mod, err, out)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		t.Fatalf("go mod download %s: %v\n%s", mod, err, out)
	}
	return m.Dir
}

func itoa(n int) string { return strconv.Itoa(n) }
