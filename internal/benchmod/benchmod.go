// Package benchmod generates the modules the benchmarks measure.
package benchmod

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Heavy writes a module of n packages of the ORM-heavy shape real services have: every package imports a shared "globals" package that imports
// GORM; one in ten holds a get-or-create; one in twenty has a file with
// a composite literal of 5,000 elements (seed data).
//
// The module lives in one directory per n and test package under the
// system's temporary directory, rewritten on every call but never moved: the go command's
// build cache keys compiled packages by directory, so a fresh directory
// per run would add the module's 300 compiled packages to the cache each
// time.
func Heavy(tb testing.TB, gormModule string, n int) string {
	tb.Helper()
	cwd, _ := os.Getwd() // the test's package: benchmarks of two packages may run at once
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("upsertfix-bench-heavy-%d-%s", n, filepath.Base(cwd)))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(gormModule, "go.mod"))
	if err != nil {
		tb.Fatal(err)
	}
	sum, _ := os.ReadFile(filepath.Join(gormModule, "go.sum"))
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/heavy\n"+string(mod[len("module example.com/gormcases\n"):])), 0o644)
	os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
	write := func(rel, src string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	write("globals/globals.go", `package globals

import "gorm.io/gorm"

// DB is the connection every package uses.
var DB *gorm.DB

type Row struct {
	ID  uint
	Key string `+"`gorm:\"uniqueIndex\"`"+`
	N   int
}
`)
	var seed strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&seed, "\t{Key: %q, N: %d},\n", fmt.Sprintf("k%d", i), i)
	}
	for i := 0; i < n; i++ {
		pkg := fmt.Sprintf("p%03d", i)
		body := `// Count returns how many rows have n.
func Count(n int) (int64, error) {
	var c int64
	err := globals.DB.Model(&globals.Row{}).Where("n = ?", n).Count(&c).Error
	return c, err
}
`
		imports := "\t\"example.com/heavy/globals\"\n"
		if i%10 == 0 {
			imports = "\t\"errors\"\n\n\t\"example.com/heavy/globals\"\n\t\"gorm.io/gorm\"\n"
			body = `// Get returns the row, creating it the first time.
func Get(k string) (*globals.Row, error) {
	var r globals.Row
	err := globals.DB.Where("key = ?", k).First(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		r = globals.Row{Key: k}
		err = globals.DB.Create(&r).Error
	}
	return &r, err
}
`
		}
		write(filepath.Join(pkg, "p.go"), "package "+pkg+"\n\nimport (\n"+imports+")\n\n"+body)
		if i%20 == 1 {
			write(filepath.Join(pkg, "seed.go"), "package "+pkg+"\n\nimport \"example.com/heavy/globals\"\n\n// Seed is the initial data.\nvar Seed = []globals.Row{\n"+seed.String()+"}\n")
		}
	}
	// Warm the build cache, as a developer's machine is.
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return dir
}
