package load

import (
	goversion "go/version"
	"runtime"

	"bytes"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// genModule writes a module of n packages of which every tenth imports
// GORM and holds one get-or-create; the rest are plain code importing
// the standard library and each other.
func genModule(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	mod, err := os.ReadFile("../../testdata/gorm/go.mod")
	if err != nil {
		tb.Fatal(err)
	}
	sum, _ := os.ReadFile("../../testdata/gorm/go.sum")
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/big\n"+string(mod[len("module example.com/gormcases\n"):])), 0o644)
	os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
	for i := 0; i < n; i++ {
		pdir := filepath.Join(dir, "pkg", fmt.Sprintf("p%03d", i))
		os.MkdirAll(pdir, 0o755)
		var src string
		if i%10 == 0 {
			src = fmt.Sprintf(`package p%03d

import (
	"errors"

	"gorm.io/gorm"
)

type Row struct {
	ID  uint
	Key string `+"`gorm:\"uniqueIndex\"`"+`
}

func Get(db *gorm.DB, k string) (*Row, error) {
	var r Row
	err := db.Where("key = ?", k).First(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		r = Row{Key: k}
		err = db.Create(&r).Error
	}
	return &r, err
}
`, i)
		} else {
			imp := ""
			use := ""
			if i > 1 && (i-1)%10 != 0 {
				imp = fmt.Sprintf("\t\"example.com/big/pkg/p%03d\"\n", i-1)
				use = fmt.Sprintf("\t_ = p%03d.F(s)\n", i-1)
			}
			src = fmt.Sprintf(`package p%03d

import (
	"fmt"
	"strings"
%s)

// F formats s.
func F(s string) string {
%s	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%%d:%%s;", i, s)
	}
	return b.String()
}
`, i, imp, use)
		}
		if err := os.WriteFile(filepath.Join(pdir, "p.go"), []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

const benchPackages = 300

// BenchmarkLoad is upsertfix's load: list everything, type-check only the
// packages that import an ORM, analyze them.
func BenchmarkLoad(b *testing.B) {
	dir := genModule(b, benchPackages)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Load(&Config{Dir: dir, Patterns: []string{"./..."}})
		if err != nil {
			b.Fatal(err)
		}
		if res.Listed != benchPackages || len(res.Packages) != benchPackages/10 {
			b.Fatalf("listed %d, analyzed %d", res.Listed, len(res.Packages))
		}
		n := 0
		for _, p := range res.Packages {
			n += len(p.Findings)
		}
		if n != benchPackages/10 {
			b.Fatalf("%d findings, want %d", n, benchPackages/10)
		}
	}
}

// BenchmarkLoadAllTyped is the baseline the prefilter avoids: type-check
// every package of the module.
func BenchmarkLoadAllTyped(b *testing.B) {
	dir := genModule(b, benchPackages)
	cfg := (&Config{Dir: dir}).packagesConfig(packages.LoadSyntax)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cfg.Fset = nil
		pkgs, err := packages.Load(cfg, "./...")
		if err != nil {
			b.Fatal(err)
		}
		if len(pkgs) != benchPackages {
			b.Fatalf("loaded %d", len(pkgs))
		}
	}
}

func TestLoadFilters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 30)
	res, err := Load(&Config{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Listed != 30 || res.Loaded != 30 || len(res.Packages) != 3 || len(res.Problems) != 0 {
		t.Fatalf("listed %d, loaded %d, analyzed %d, problems %v; want 30, 30, 3, none", res.Listed, res.Loaded, len(res.Packages), res.Problems)
	}
	for _, p := range res.Packages {
		if len(p.Findings) != 1 || !p.Findings[0].Fixable || p.Fixes == nil || len(p.Fixes.Fix) != 1 {
			t.Errorf("%s: findings %v, fixes %v", p.PkgPath, p.Findings, p.Fixes)
		}
		// Analyzed, then released: memory does not hold every package's
		// syntax and type information at once.
		if p.Syntax != nil || p.TypesInfo != nil || p.Types == nil {
			t.Errorf("%s: syntax, type information or types not released as they should be", p.PkgPath)
		}
		for _, fd := range p.Findings {
			if fd.Site != nil || fd.Func != "Get" {
				t.Errorf("%s: finding keeps its syntax, or names function %q, not Get", p.PkgPath, fd.Func)
			}
		}
	}
}

// A package the prefilter leaves to export data is still reported when it
// does not compile: the listing built its export data.
func TestSkippedBrokenReported(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 30)
	for name, src := range map[string]string{
		"pkg/p003/bad.go": "package p003\n\nfunc Bad( {\n",                     // syntax
		"pkg/p012/bad.go": "package p012\n\nfunc Bad() int { return \"x\" }\n", // types
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Load(&Config{Dir: dir, Patterns: []string{"./..."}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.Problems {
		got[p.Pkg] = strings.Join(p.Errors, "\n")
	}
	for pkg, want := range map[string]string{"example.com/big/pkg/p003": "bad.go:3:11", "example.com/big/pkg/p012": "bad.go:3:25"} {
		if !strings.Contains(got[pkg], want) {
			t.Errorf("%s: problem %q, want one at %s", pkg, got[pkg], want)
		}
	}
	if len(res.Packages) != 3 {
		t.Errorf("analyzed %d packages, want 3", len(res.Packages))
	}
}

// With tests, "repo [repo.test]" replaces repo in the listing, but svc
// imports repo itself: svc must still wait for the variant's analysis,
// whose facts (keyed by name) say that repo.Find looks up. headscale's
// OIDC site came and went with the scheduling before.
func TestWaitsForTestVariant(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 0)
	files := map[string]string{
		"repo/repo.go":      repoSrc,
		"repo/repo_test.go": "package repo\n\nimport \"testing\"\n\nfunc TestFind(t *testing.T) {}\n",
		"svc/svc.go":        svcSrc,
	}
	writeFiles(t, dir, files)
	c := &Config{Dir: dir, Patterns: []string{"./..."}, Tests: true}
	listed, err := List(c)
	if err != nil {
		t.Fatal(err)
	}
	var kept []*packages.Package
	var svc *packages.Package
	for _, p := range listed {
		if strings.HasPrefix(p.PkgPath, "example.com/big/") {
			kept = append(kept, p)
			if p.PkgPath == "example.com/big/svc" {
				svc = p
			}
		}
	}
	tc := newTypeChecker(token.NewFileSet(), nil, kept)
	waits := ""
	for _, d := range tc.waits(kept, true)[svc] {
		waits += d.ID + " "
	}
	if !strings.Contains(waits, "example.com/big/repo [example.com/big/repo.test]") {
		t.Errorf("svc waits for %q, not for repo's test variant", waits)
	}
	res, err := LoadListed(c, listed)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range res.Packages {
		n += len(p.Findings)
	}
	if n != 1 {
		t.Errorf("%d findings, want svc's", n)
	}
}

// A module whose go line is newer than the Go release upsertfix was
// built with is analyzed with that release's language version, and the
// result says so (issue 18): go/types would otherwise reject every
// package with "package requires newer Go version".
func TestNewerGoAnalyzed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 1) // one package, with one site
	c := &Config{Dir: dir, Patterns: []string{"./..."}}
	listed, err := List(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range listed {
		if p.Module != nil && p.Module.Main {
			p.Module.GoVersion = "1.99" // as a go.mod written for a release not out yet
		}
	}
	res, err := LoadListed(c, listed)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Errorf("problems: %v", res.Problems)
	}
	if res.NewerGo != "go1.99" {
		t.Errorf("NewerGo = %q, want go1.99", res.NewerGo)
	}
	n := 0
	for _, p := range res.Packages {
		n += len(p.Findings)
	}
	if n != 1 {
		t.Errorf("%d findings, want 1", n)
	}
}

func TestLanguageVersion(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		newer    bool
	}{
		{"1.21", "go1.21", false},
		{"1.99.1", goversion.Lang(runtime.Version()), true},
	} {
		got, newer := languageVersion(tc.in)
		if got != tc.want || newer != tc.newer {
			t.Errorf("languageVersion(%q) = %q, %v; want %q, %v", tc.in, got, newer, tc.want, tc.newer)
		}
	}
}

// TestNewerGoListed runs the real go command on a module whose go line is
// newer than it, with GOTOOLCHAIN=local: it refuses to list such a module,
// so upsertfix lists it through a copy of go.mod with a lower go line,
// and never writes the project's go.mod.
func TestNewerGoListed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 1)
	gomod := filepath.Join(dir, "go.mod")
	b, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	b = regexp.MustCompile(`(?m)^go [0-9.]+$`).ReplaceAll(b, []byte("go 1.99"))
	if err := os.WriteFile(gomod, b, 0o644); err != nil {
		t.Fatal(err)
	}
	c := &Config{Dir: dir, Patterns: []string{"./..."}, Env: append(os.Environ(), "GOTOOLCHAIN=local")}
	res, err := Load(c)
	if err != nil {
		t.Fatal(err)
	}
	if res.NewerGo != "go1.99" {
		t.Errorf("NewerGo = %q, want go1.99", res.NewerGo)
	}
	if len(res.Problems) > 0 || res.Loaded == 0 {
		t.Errorf("loaded %d, problems %v", res.Loaded, res.Problems)
	}
	n := 0
	for _, p := range res.Packages {
		n += len(p.Findings)
	}
	if n == 0 {
		t.Error("no finding in a module with a site")
	}
	if after, _ := os.ReadFile(gomod); !bytes.Equal(after, b) {
		t.Errorf("go.mod was written:\n%s", after)
	}
}

// A pattern below the module (./svc): the module's packages svc imports
// are analyzed for their summaries, so that svc's lookup through
// repo.Find is found, and only svc is reported from.
func TestSubPatternUsesModuleDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := genModule(t, 0)
	files := map[string]string{
		"repo/repo.go": repoSrc + `

// Ensure is a site of repo's own: not reported when only svc is listed.
func Ensure(db *gorm.DB, k string) error {
	var r Row
	err := db.Where("key = ?", k).First(&r).Error
	if err == gorm.ErrRecordNotFound {
		err = db.Create(&Row{Key: k}).Error
	}
	return err
}
`,
		"svc/svc.go": svcSrc,
	}
	writeFiles(t, dir, files)
	res, err := Load(&Config{Dir: dir, Patterns: []string{"./svc"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Packages {
		for _, fd := range p.Findings {
			got = append(got, p.PkgPath+"."+fd.Func)
		}
	}
	if res.Listed != 1 || len(got) != 1 || got[0] != "example.com/big/svc.Get" {
		t.Errorf("listed %d, findings %v; want 1 listed and svc.Get's finding only", res.Listed, got)
	}
}

// repoSrc is a repository whose Find is a lookup of Row by its unique
// Key.
const repoSrc = `package repo

import "gorm.io/gorm"

type Row struct {
	ID  uint
	Key string ` + "`gorm:\"uniqueIndex\"`" + `
}

// Find looks the row up.
func Find(db *gorm.DB, k string) (*Row, error) {
	var r Row
	err := db.Where("key = ?", k).First(&r).Error
	return &r, err
}
`

// svcSrc is a service that looks a row up through repo.Find, then
// creates it: a site only repo's summary shows.
const svcSrc = `package svc

import (
	"errors"

	"example.com/big/repo"
	"gorm.io/gorm"
)

func Get(db *gorm.DB, k string) (*repo.Row, error) {
	r, err := repo.Find(db, k)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		r = &repo.Row{Key: k}
		err = db.Create(r).Error
	}
	return r, err
}
`

// writeFiles writes files (by path relative to dir) into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
