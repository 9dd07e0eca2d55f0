package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/upsertfix/upsertfix/internal/testmod"
)

var diag = regexp.MustCompile(`^(cases/\S+:\d+:\d+): (.*)$`)

func lines(out []byte) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(string(out), "\n") {
		if d := diag.FindStringSubmatch(l); d != nil {
			m[d[1]] = d[2]
		}
	}
	return m
}

// TestVetMatchesCLI runs the Analyzer under go vet and checks it reports
// the same sites, with the same messages, as the upsertfix command (which
// may only downgrade a planned fix to "fix withheld").
func TestVetMatchesCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tools and runs go vet")
	}
	tmp := t.TempDir()
	for _, b := range [][]string{
		{"go", "build", "-o", filepath.Join(tmp, "vet"), "."},
		{"go", "build", "-o", filepath.Join(tmp, "upsertfix"), "../upsertfix"},
	} {
		if out, err := exec.Command(b[0], b[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", b, err, out)
		}
	}
	for _, mod := range []string{"gorm", "ent", "prisma", "xorm", "sql", "bun"} {
		t.Run(mod, func(t *testing.T) {
			dir, _ := filepath.Abs(filepath.Join("../../testdata", mod))
			vet := exec.Command("go", "vet", "-vettool="+filepath.Join(tmp, "vet"), "./cases/...")
			vet.Dir = dir
			vetOut, _ := vet.CombinedOutput() // exit 1: there are findings
			cli := exec.Command(filepath.Join(tmp, "upsertfix"), "./cases/...")
			cli.Dir = dir
			var cliOut bytes.Buffer
			cli.Stdout, cli.Stderr = &cliOut, os.Stderr
			cli.Run()
			v, c := lines(vetOut), lines(cliOut.Bytes())
			if len(c) == 0 {
				t.Fatalf("the CLI reported nothing:\n%s", cliOut.String())
			}
			var keys []string
			for k := range c {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				got, ok := v[k]
				switch {
				case !ok && strings.Contains(k, "module_wide"):
					// only the command's module-wide pass resolves an
					// interface implemented in a package that does not
					// import it (README, Known limitations)
				case !ok:
					t.Errorf("%s: reported by the CLI, not by go vet", k)
				case got != c[k] && !strings.Contains(c[k], "; fix withheld: "):
					t.Errorf("%s:\nvet: %s\ncli: %s", k, got, c[k])
				}
			}
			for k := range v {
				if _, ok := c[k]; !ok {
					t.Errorf("%s: reported by go vet, not by the CLI", k)
				}
			}
		})
	}
}

// TestGoFixMatchesCLI applies the suggested fixes with go fix -fixtool and
// checks that the files it writes are those upsertfix -w writes.
func TestGoFixMatchesCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tools and runs go fix")
	}
	tmp := t.TempDir()
	for _, b := range [][]string{
		{"go", "build", "-o", filepath.Join(tmp, "vet"), "."},
		{"go", "build", "-o", filepath.Join(tmp, "upsertfix"), "../upsertfix"},
	} {
		if out, err := exec.Command(b[0], b[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", b, err, out)
		}
	}
	for _, mod := range []string{"gorm", "ent", "prisma", "xorm", "sql", "bun"} {
		t.Run(mod, func(t *testing.T) {
			src, _ := filepath.Abs(filepath.Join("../../testdata", mod))
			byFix, byCLI := testmod.Copy(t, src), testmod.Copy(t, src)
			fix := exec.Command("go", "fix", "-fixtool="+filepath.Join(tmp, "vet"), "./cases/...")
			fix.Dir = byFix
			if out, err := fix.CombinedOutput(); err != nil {
				t.Logf("go fix: %v\n%s", err, out) // exit 1 with unfixable findings left is fine
			}
			cli := exec.Command(filepath.Join(tmp, "upsertfix"), "-w", "./cases/...")
			cli.Dir = byCLI
			cli.Run()
			changed := 0
			filepath.WalkDir(filepath.Join(src, "cases"), func(path string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
					return err
				}
				rel, _ := filepath.Rel(src, path)
				orig, _ := os.ReadFile(path)
				a, _ := os.ReadFile(filepath.Join(byFix, rel))
				b, _ := os.ReadFile(filepath.Join(byCLI, rel))
				if !bytes.Equal(b, orig) {
					changed++
				}
				if !bytes.Equal(a, b) && strings.Contains(rel, "module_wide") && bytes.Equal(a, orig) {
					// only the command's module-wide pass resolves an
					// interface implemented in a package that does not
					// import it, as in TestVetMatchesCLI
					return nil
				}
				if !bytes.Equal(a, b) {
					t.Errorf("%s: go fix wrote\n%s\nupsertfix -w wrote\n%s", rel, a, b)
				}
				return nil
			})
			if changed == 0 {
				t.Fatal("upsertfix -w changed nothing: the comparison proves nothing")
			}
		})
	}
}
