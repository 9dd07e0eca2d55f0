package load

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

// genHeavyModule writes a module of the ORM-heavy shape real services
// have: every package imports a shared "globals" package that imports
// GORM; one in ten holds a get-or-create; one in twenty has a file with
// a composite literal of 5,000 elements (seed data).
func genHeavyModule(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	mod, err := os.ReadFile("../../testdata/gorm/go.mod")
	if err != nil {
		tb.Fatal(err)
	}
	sum, _ := os.ReadFile("../../testdata/gorm/go.sum")
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

const heavyPackages = 300

// measure runs f and returns its wall time and the bytes it allocated.
func measure(f func()) (time.Duration, uint64) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc
}

// BenchmarkORMHeavy measures, in one run, upsertfix's load and analysis
// against a typed x/tools load of the same packages (packages.LoadAllSyntax
// of ./..., what an x/tools checker such as nilness does before it
// checks), and reports the ratios of wall time and allocated bytes.
//
//	go test ./internal/load -run '^$' -bench ORMHeavy -benchtime 3x
func BenchmarkORMHeavy(b *testing.B) {
	dir := genHeavyModule(b, heavyPackages)
	var ours, theirs time.Duration
	var oursMem, theirsMem uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, m := measure(func() {
			res, err := Load(&Config{Dir: dir, Patterns: []string{"./..."}})
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for _, p := range res.Packages {
				n += len(p.Findings)
			}
			if n != heavyPackages/10 {
				b.Fatalf("%d findings, want %d", n, heavyPackages/10)
			}
		})
		ours, oursMem = ours+d, oursMem+m
		d, m = measure(func() {
			cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
			pkgs, err := packages.Load(cfg, "./...")
			if err != nil {
				b.Fatal(err)
			}
			if len(pkgs) != heavyPackages+1 {
				b.Fatalf("x/tools loaded %d packages", len(pkgs))
			}
		})
		theirs, theirsMem = theirs+d, theirsMem+m
	}
	b.ReportMetric(float64(ours)/float64(theirs), "time-ratio")
	b.ReportMetric(float64(oursMem)/float64(theirsMem), "alloc-ratio")
	b.ReportMetric(float64(ours.Milliseconds())/float64(b.N), "upsertfix-ms/op")
	b.ReportMetric(float64(theirs.Milliseconds())/float64(b.N), "xtools-ms/op")
}
