package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/upsertfix/upsertfix/internal/benchmod"
	"github.com/upsertfix/upsertfix/internal/cache"
	"github.com/upsertfix/upsertfix/internal/load"
)

const cacheSvc = `package svc

import (
	"errors"

	"example.com/cached/models"
	"gorm.io/gorm"
)

// Ensure returns the account, creating it the first time.
func Ensure(db *gorm.DB, email string) (*models.Account, error) {
	var a models.Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = models.Account{Email: email}
		err = db.Create(&a).Error
	}
	return &a, err
}
`

const cacheModels = `package models

type Account struct {
	ID    uint
	Email string ` + "`gorm:\"uniqueIndex\"`" + `
}
`

// poison replaces every entry of the cache with one that prints sentinel:
// a run that prints it reused an entry.
func poison(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".tmp") {
			return err
		}
		if err := cache.Put(dir, d.Name(), &cache.Entry{Stdout: []byte("SENTINEL\n"), Code: 7}); err != nil {
			t.Fatal(err)
		}
		n++
		return nil
	})
	return n
}

// cachedModule makes an empty cache (dir) for the test and a module (mod)
// with one get-or-create in svc and its model in models.
func cachedModule(t *testing.T) (dir, mod string) {
	t.Helper()
	dir = t.TempDir()
	t.Setenv("UPSERTFIX_CACHE_DIR", dir)
	mod = t.TempDir()
	module(t, mod, "example.com/cached", cacheSvc)
	writeT(t, filepath.Join(mod, "models", "models.go"), cacheModels)
	return dir, mod
}

func TestCache(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir, mod := cachedModule(t)

	fresh, freshErr, code := run(t, "-C", mod, "./...")
	if code != 1 || !strings.Contains(fresh, "models.Account (email)") {
		t.Fatalf("first run: exit %d\n%s%s", code, fresh, freshErr)
	}
	// The same inputs: the entry is reused, and prints the same.
	again, againErr, code2 := run(t, "-C", mod, "./...")
	if again != fresh || againErr != freshErr || code2 != code {
		t.Errorf("cached run differs:\n%s%s%d", again, againErr, code2)
	}
	if poison(t, dir) == 0 {
		t.Fatal("nothing was cached")
	}
	if out, _, code := run(t, "-C", mod, "./..."); out != "SENTINEL\n" || code != 7 {
		t.Fatalf("an unchanged run did not reuse the entry: exit %d\n%s", code, out)
	}

	for _, c := range []struct {
		name  string
		edit  func()
		args  []string
		reset func()
	}{
		{"an edit in the package", func() { writeT(t, filepath.Join(mod, "svc", "svc.go"), cacheSvc+"\n// edited\n") }, nil, nil},
		{"an edit in a dependency", func() { writeT(t, filepath.Join(mod, "models", "models.go"), cacheModels+"\nvar X = 1\n") }, nil, nil},
		{"other build tags", nil, []string{"-tags", "integration"}, nil},
		{"a new SQL migration", func() {
			writeT(t, filepath.Join(mod, "migrations", "0001_init.up.sql"), "CREATE TABLE notes (id INT);\n")
		}, nil, nil},
		{"a new upsertfix version", func() { version = "v9.9.9" }, nil, func() { version = "" }},
		{"-cache=false", nil, []string{"-cache=false"}, nil},
		{"UPSERTFIX_CACHE=off", func() { os.Setenv("UPSERTFIX_CACHE", "off") }, nil, func() { os.Unsetenv("UPSERTFIX_CACHE") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			poison(t, dir)
			if c.edit != nil {
				c.edit()
			}
			if c.reset != nil {
				defer c.reset()
			}
			args := append(append([]string{"-C", mod}, c.args...), "./...")
			out, stderr, code := run(t, args...)
			if out == "SENTINEL\n" || code != 1 || !strings.Contains(out, "models.Account (email)") {
				t.Errorf("exit %d, stdout:\n%s%s", code, out, stderr)
			}
		})
	}

	// A corrupt entry is ignored, not trusted.
	run(t, "-C", mod, "./...")
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.WriteFile(path, []byte(`{"Entry":{"Stdout":"Q09SUlVQVAo=","Code":7},"Sum":"bad"}`), 0o644)
		}
		return err
	})
	if out, _, code := run(t, "-C", mod, "./..."); code != 1 || strings.Contains(out, "CORRUPT") || !strings.Contains(out, "models.Account (email)") {
		t.Errorf("a corrupt entry: exit %d\n%s", code, out)
	}

	// -w is never cached, and a fixed module reports nothing afterwards.
	if _, _, code := run(t, "-C", mod, "-w", "./..."); code != 0 {
		t.Errorf("-w: exit %d", code)
	}
	if out, _, code := run(t, "-C", mod, "./..."); code != 0 || out != "" {
		t.Errorf("after -w: exit %d\n%s", code, out)
	}
}

// The two listings a cached run may make give the same key, even when a
// package does not compile (only the listing with export data reports
// it) or uses cgo; and the hint follows the files: unchanged after a
// run, changed after an edit.
func TestCacheListingsAndHint(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir, mod := cachedModule(t)
	writeT(t, filepath.Join(mod, "broken", "broken.go"), "package broken\n\nfunc F() int { return \"x\" }\n")
	// With cgo, the listing with export data adds runtime/cgo to the imports.
	writeT(t, filepath.Join(mod, "withcgo", "c.go"), "package withcgo\n\n// int one(void) { return 1; }\nimport \"C\"\n\nfunc One() int { return int(C.one()) }\n")

	cfg := &load.Config{Dir: mod, Patterns: []string{"./..."}, Tests: true}
	graph, err := load.ListGraph(cfg)
	if err != nil {
		t.Fatal(err)
	}
	full, err := load.List(cfg)
	if err != nil {
		t.Fatal(err)
	}
	compileErr := false
	for _, p := range full {
		for _, e := range p.Errors {
			compileErr = compileErr || load.BuildError(e)
		}
	}
	if !compileErr {
		t.Fatal("the listing with export data reports no compile error: the test does not test what it should")
	}
	parts := []string{"parts"}
	k1, _, err1 := cache.Key(parts, graph, load.BuildError)
	k2, files, err2 := cache.Key(parts, full, load.BuildError)
	if err1 != nil || err2 != nil || k1 != k2 {
		t.Fatalf("keys differ: %s (%v) from the graph, %s (%v) with export data", k1, err1, k2, err2)
	}

	if cache.Unchanged(dir, parts) {
		t.Error("a hint before any run")
	}
	if err := cache.SaveHint(dir, parts, files); err != nil {
		t.Fatal(err)
	}
	if !cache.Unchanged(dir, parts) {
		t.Error("no hint after a run")
	}
	if cache.Unchanged(dir, []string{"other parts"}) {
		t.Error("the hint of other flags")
	}
	writeT(t, filepath.Join(mod, "models", "models.go"), cacheModels+"\nvar X = 1\n")
	if cache.Unchanged(dir, parts) {
		t.Error("the hint holds after an edit")
	}

	// Through the command: a second run is a hit (it prints what the
	// first printed), and an edit after it is seen.
	first, _, code := run(t, "-C", mod, "./...")
	again, _, code2 := run(t, "-C", mod, "./...")
	if code != 2 || again != first || code2 != code {
		t.Errorf("runs differ: exit %d then %d\n%s\n%s", code, code2, first, again)
	}
	if poison(t, dir) == 0 {
		t.Fatal("nothing was cached")
	}
	if out, _, _ := run(t, "-C", mod, "./..."); out != "SENTINEL\n" {
		t.Errorf("an unchanged run with a hint did not reuse the entry:\n%s", out)
	}
	writeT(t, filepath.Join(mod, "svc", "svc.go"), cacheSvc+"\n// edited\n")
	if out, _, _ := run(t, "-C", mod, "./..."); out == "SENTINEL\n" {
		t.Error("an edited module reused the entry")
	}
}

// BenchmarkWarmRerun measures a re-run with nothing changed (the cache
// answers) against go list -deps of the same module, in one run, on the
// 300-package ORM-heavy module of BenchmarkORMHeavy.
//
//	go test ./cmd/upsertfix -run '^$' -bench WarmRerun -benchtime 5x
func BenchmarkWarmRerun(b *testing.B) {
	b.Setenv("UPSERTFIX_CACHE_DIR", b.TempDir())
	mod, real := os.LookupEnv("UPSERTFIX_BENCH_DIR") // a real module instead (README, Speed)
	if !real {
		mod = benchmod.Heavy(b, gormModule, 300)
	}
	cold, _, code := run(b, "-C", mod, "./...")
	if !real && code != 1 {
		b.Fatalf("cold run: exit %d", code)
	}
	var ours, list time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if out, _, _ := run(b, "-C", mod, "./..."); out != cold {
			b.Fatalf("the warm run printed something else")
		}
		ours += time.Since(start)
		start = time.Now()
		cmd := exec.Command("go", "list", "-deps", "./...")
		cmd.Dir = mod
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		list += time.Since(start)
	}
	b.ReportMetric(float64(ours)/float64(list), "warm/golist")
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "warm-ms/op")
	b.ReportMetric(float64(list.Milliseconds())/float64(b.N), "golist-ms/op")
}

// BenchmarkFixModes measures, in one run, -diff and -w against the
// report-only run on the same module (no cache): fixes are planned and
// verified while the packages are analyzed, so printing or writing them
// should cost little more than reporting. The written files are put back
// after each -w run, outside the timing.
//
//	go test ./cmd/upsertfix -run '^$' -bench FixModes -benchtime 5x
func BenchmarkFixModes(b *testing.B) {
	mod, real := os.LookupEnv("UPSERTFIX_BENCH_DIR")
	if real {
		b.Skip("-w would edit the module in UPSERTFIX_BENCH_DIR")
	}
	mod = benchmod.Heavy(b, gormModule, 300)
	orig := map[string][]byte{}
	filepath.WalkDir(mod, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			orig[path], _ = os.ReadFile(path)
		}
		return err
	})
	var report, diffs, write time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, _, code := run(b, "-C", mod, "-cache=false", "./..."); code != 1 {
			b.Fatalf("report: exit %d", code)
		}
		report += time.Since(start)
		start = time.Now()
		out, _, code := run(b, "-C", mod, "-cache=false", "-diff", "./...")
		if code != 1 || strings.Count(out, "\n+++ ") != 30 {
			b.Fatalf("-diff: exit %d, %d files", code, strings.Count(out, "\n+++ "))
		}
		diffs += time.Since(start)
		start = time.Now()
		if _, stderr, code := run(b, "-C", mod, "-cache=false", "-w", "./..."); code != 0 {
			b.Fatalf("-w: exit %d\n%s", code, stderr)
		}
		write += time.Since(start)
		b.StopTimer()
		changed := 0
		for path, src := range orig {
			if now, _ := os.ReadFile(path); string(now) != string(src) {
				changed++
				os.WriteFile(path, src, 0o644)
			}
		}
		if changed != 30 {
			b.Fatalf("-w changed %d files, want 30", changed)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(diffs)/float64(report), "diff/report")
	b.ReportMetric(float64(write)/float64(report), "write/report")
	b.ReportMetric(float64(report.Milliseconds())/float64(b.N), "report-ms/op")
}
