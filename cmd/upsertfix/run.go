package main

import (
	goversion "go/version"
	"runtime"

	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/cache"
	"github.com/upsertfix/upsertfix/internal/fix"
	"github.com/upsertfix/upsertfix/internal/load"
)

// version is set by the release build with -ldflags "-X main.version=...".
var version = ""

func getVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// flags holds the command line.
type flags struct {
	dir     string
	tags    string
	diff    bool
	write   bool
	list    bool
	json    bool
	version bool
	tests   bool
	explain bool
	sarif   string
	base    string
	cache   bool
	// replicas reports sites an in-process lock guards (detect.Replicas).
	replicas bool
	// addUnique declares a missing unique index with the fix (detect.AddUnique).
	addUnique bool
}

func (f *flags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.dir, "C", "", "run as if started in `dir`, e.g. -C ./services/billing")
	fs.StringVar(&f.tags, "tags", "", "comma-separated build `tags`, e.g. -tags integration,postgres")
	fs.BoolVar(&f.tests, "test", true, "also analyze _test.go files, as go vet does; -test=false leaves them out")
	fs.BoolVar(&f.diff, "diff", false, "print a unified diff of all fixes (for git apply or patch -p1); write nothing,\ne.g. upsertfix -diff ./... | git apply")
	fs.BoolVar(&f.write, "w", false, "write the fixes in place, atomically; print a summary on stderr,\ne.g. upsertfix -w ./internal/...")
	fs.BoolVar(&f.write, "fix", false, "alias of -w, e.g. upsertfix -fix ./...")
	fs.BoolVar(&f.list, "l", false, "list the files whose content would change, e.g. upsertfix -l ./... | xargs git diff --stat")
	fs.BoolVar(&f.json, "json", false, "print the findings as a JSON array (with the default report or -w),\ne.g. upsertfix -json ./... | jq '.[] | select(.fixable)'")
	fs.BoolVar(&f.version, "V", false, "print the version and exit, e.g. upsertfix -V")
	fs.StringVar(&f.sarif, "sarif", "", "also write the findings, with their fixes, as SARIF 2.1.0 to `file`\n(for code scanning), e.g. -sarif upsertfix.sarif")
	fs.StringVar(&f.base, "baseline", "", "a -json report of an earlier run (`file`): its findings are not shown and\ndo not fail the run; only new ones do, e.g. -baseline upsertfix-baseline.json")
	fs.BoolVar(&f.cache, "cache", true, "reuse the result of an earlier run with the same inputs (files, dependencies, flags,\nversion), as go vet does; -cache=false, or UPSERTFIX_CACHE=off, runs afresh")
	fs.BoolVar(&f.replicas, "replicas", false, "the service runs as several processes: also report get-or-create sites that only an\nin-process lock guards (sync.Mutex, a per-key mutex), which serializes one process only")
	fs.BoolVar(&f.addUnique, "add-unique", false, "where a GORM model has no unique index on the looked-up columns, also add one\n(a uniqueIndex tag, which AutoMigrate creates) and fix the site; list the duplicate rows first,\nas the message says, e.g. upsertfix -add-unique -diff ./...")
	fs.BoolVar(&f.explain, "explain", false, "explain the race, the fix on each database and how to record an exception, then exit")
}

const usageText = `usage: upsertfix [-C dir] [-tags list] [-diff | -w | -l] [-json] [packages]
       upsertfix campaign -out DIR [flags] (-list FILE | REPO...)   (see upsertfix campaign -h)

upsertfix finds get-or-create code that races (a lookup, a not-found test,
then a create of the same row) and rewrites it into the ORM's atomic
insert-on-conflict idiom. Packages are go list patterns (default ./...).

Examples:
  upsertfix ./...                 report findings, file:line:col: message
  upsertfix -diff ./... | git apply   review, then apply the fixes
  upsertfix -w ./internal/...     fix in place
  upsertfix -json -C ../svc       findings as JSON, for another module

Flags:
`

const exitText = `
Exit status: 0 nothing to report; 1 findings remain (or a diff/list to show,
or -w left some unfixed); 2 upsertfix could not do its job, at least in part
(bad flags, a package that did not load).
`

// Run is the whole command, with its standard streams; it returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "campaign" {
		return runCampaign(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("upsertfix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f flags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, exitText)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if f.version {
		fmt.Fprintf(stdout, "upsertfix %s\n", getVersion())
		return 0
	}
	if f.explain {
		fmt.Fprint(stdout, explainText)
		return 0
	}
	modes := 0
	for _, b := range []bool{f.diff, f.write, f.list} {
		if b {
			modes++
		}
	}
	if modes > 1 {
		fmt.Fprintln(stderr, "upsertfix: -diff, -w and -l are exclusive")
		return 2
	}
	if (f.sarif != "" || f.base != "") && (f.diff || f.list) {
		fmt.Fprintln(stderr, "upsertfix: -sarif and -baseline go with the default report or -w, not with -diff or -l")
		return 2
	}
	if f.json && (f.diff || f.list) {
		fmt.Fprintln(stderr, "upsertfix: -json goes with the default report or -w, not with -diff or -l")
		return 2
	}
	if f.dir != "" {
		if st, err := os.Stat(f.dir); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "upsertfix: -C %s: no such directory\n", f.dir)
			return 2
		}
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	detect.Replicas = f.replicas
	detect.AddUnique = f.addUnique
	cfg := &load.Config{Dir: f.dir, Patterns: patterns, Tests: f.tests}
	if f.tags != "" {
		cfg.Tags = strings.Split(f.tags, ",")
	}
	c := &command{f: f, cfg: cfg, stdout: stdout, stderr: stderr}
	if p := progressFor(stderr); p != nil {
		cfg.Progress = p.update
		defer p.done()
	}
	if f.base != "" {
		b, err := readBaseline(f.base)
		if err != nil {
			fmt.Fprintf(stderr, "upsertfix: -baseline: %v\n", err)
			return 2
		}
		c.baseline = b
	}
	return c.run()
}

type command struct {
	f              flags
	cfg            *load.Config
	stdout, stderr io.Writer
	cwd            string
	res            *load.Result
	baseline       []jsonFinding // -baseline's findings
	known          map[*detect.Finding]bool
}

func (c *command) run() int {
	c.cwd, _ = os.Getwd()
	dir, err := cache.Dir()
	if !c.f.cache || c.f.write || cache.Disabled() || err != nil {
		listed, err := load.List(c.cfg)
		if err != nil {
			fmt.Fprintf(c.stderr, "upsertfix: %v\n", err)
			return 2
		}
		return c.runListed(listed)
	}
	// The cache: a run with the same inputs prints what the last one did.
	// Its key needs only the package graph; a run that misses needs the
	// export data too, which takes the go command about twice as long to
	// list. A hint (the files of the last run, unchanged) says which
	// listing to run: the graph first when a hit is likely, else the
	// listing with export data at once, which gives the key as well.
	parts := c.keyParts()
	if cache.Unchanged(dir, parts) {
		graph, err := load.ListGraph(c.cfg)
		if err != nil {
			fmt.Fprintf(c.stderr, "upsertfix: %v\n", err)
			return 2
		}
		if key, _, err := cache.Key(parts, graph, load.BuildError); err == nil {
			if e, ok := cache.Get(dir, key); ok {
				return c.replay(e)
			}
		}
	}
	listed, err := load.List(c.cfg)
	if err != nil {
		fmt.Fprintf(c.stderr, "upsertfix: %v\n", err)
		return 2
	}
	key, files, err := cache.Key(parts, listed, load.BuildError)
	if err != nil {
		return c.runListed(listed)
	}
	if e, ok := cache.Get(dir, key); ok {
		cache.SaveHint(dir, parts, files)
		return c.replay(e)
	}
	var out, errb bytes.Buffer
	stdout, stderr := c.stdout, c.stderr
	c.stdout, c.stderr = io.MultiWriter(stdout, &out), io.MultiWriter(stderr, &errb)
	code := c.runListed(listed)
	e := &cache.Entry{Stdout: out.Bytes(), Stderr: errb.Bytes(), Code: code, Files: map[string][]byte{}}
	if c.f.sarif != "" {
		b, err := os.ReadFile(c.f.sarif)
		if err != nil {
			return code
		}
		abs, _ := filepath.Abs(c.f.sarif)
		e.Files[abs] = b
	}
	cache.Put(dir, key, e) // a cache that cannot be written only makes runs slower
	cache.SaveHint(dir, parts, files)
	return code
}

// replay prints a cached entry, and writes the files it wrote.
func (c *command) replay(e *cache.Entry) int {
	for name, b := range e.Files {
		os.WriteFile(name, b, 0o644)
	}
	c.stdout.Write(e.Stdout)
	c.stderr.Write(e.Stderr)
	return e.Code
}

// sqlFilesStamp lists the .sql files under the module around dir, with
// their sizes and modification times.
func sqlFilesStamp(dir string) string {
	root := dir
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	var b strings.Builder
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "vendor" || d.Name() == "node_modules" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".sql") {
			if fi, err := d.Info(); err == nil {
				fmt.Fprintf(&b, "%s %d %d\n", path, fi.Size(), fi.ModTime().UnixNano())
			}
		}
		return nil
	})
	return b.String()
}

// keyParts are the inputs of a run besides the package graph.
func (c *command) keyParts() []string {
	abs, _ := filepath.Abs(c.cfg.Dir)
	parts := []string{"version " + getVersion(), "executable " + executableID(), "cwd " + c.cwd, "dir " + abs, "tags " + strings.Join(c.cfg.Tags, ","),
		fmt.Sprintf("test %v diff %v list %v json %v replicas %v add-unique %v", c.f.tests, c.f.diff, c.f.list, c.f.json, c.f.replicas, c.f.addUnique), "sarif " + c.f.sarif,
		"patterns " + strings.Join(c.cfg.Patterns, " ")}
	if c.f.base != "" {
		b, _ := os.ReadFile(c.f.base)
		parts = append(parts, "baseline "+string(b))
	}
	// Unique keys declared in SQL (gormorm/sqlkeys.go) are read from .sql
	// files, which the package graph does not hold: their names, sizes and
	// times are inputs too.
	parts = append(parts, "sql "+sqlFilesStamp(abs))
	for _, kv := range os.Environ() { // what the go command's choices depend on
		if strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOOS=") || strings.HasPrefix(kv, "GOARCH=") || strings.HasPrefix(kv, "CGO_ENABLED=") || strings.HasPrefix(kv, "GOEXPERIMENT=") {
			parts = append(parts, kv)
		}
	}
	return parts
}

// executableID identifies this build of upsertfix: a development build
// has no version, so a rebuilt binary must not reuse its predecessor's
// results.
func executableID() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	st, err := os.Stat(exe)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%s %d %d", exe, st.Size(), st.ModTime().UnixNano())
}

// runListed is a run after go list.
func (c *command) runListed(listed []*packages.Package) int {
	res, err := load.LoadListed(c.cfg, listed)
	if err != nil {
		fmt.Fprintf(c.stderr, "upsertfix: %v\n", err)
		return 2
	}
	c.res = res
	if res.NewerGo != "" {
		fmt.Fprintf(c.stderr, "upsertfix: the module asks for %s, newer than the %s upsertfix was built with: analyzed with %s's language rules (build upsertfix with a newer Go for the new ones)\n",
			res.NewerGo, runtime.Version(), goversion.Lang(runtime.Version()))
	}
	res.Problems = dedupeProblems(res.Problems)
	for _, p := range res.Problems {
		fmt.Fprintf(c.stderr, "upsertfix: package %s does not load:\n", p.Pkg)
		for _, e := range p.Errors {
			fmt.Fprintf(c.stderr, "\t%s\n", e)
		}
	}
	if res.Loaded == 0 {
		fmt.Fprintf(c.stderr, "upsertfix: no package could be loaded from %s\n", strings.Join(c.cfg.Patterns, " "))
		return 2
	}
	plan := fix.Make(res)
	code := c.output(plan)
	if n := len(res.Problems); n > 0 {
		// Like go vet: code that did not load was not checked, so the run
		// cannot pass, whatever it found in the rest.
		fmt.Fprintf(c.stderr, "upsertfix: %d of %d package(s) did not load, so their code was not checked (exit status 2)\n", n, res.Listed)
		return 2
	}
	return code
}

// output prints or writes the run's result in the chosen mode.
func (c *command) output(plan *fix.Plan) int {
	switch {
	case c.f.diff:
		return c.printDiff(plan)
	case c.f.list:
		for _, name := range plan.Names() {
			fmt.Fprintln(c.stdout, c.rel(name))
		}
		if len(plan.Files) > 0 {
			return 1
		}
		return 0
	case c.f.write:
		return c.writeFixes(plan)
	}
	return c.report(plan, nil)
}

// findings lists every finding of the run, in package then position order.
func (c *command) findings() []*located {
	var out []*located
	for _, p := range c.res.Packages {
		for _, fd := range p.Findings {
			out = append(out, &located{Finding: fd, pkg: p, pos: p.Fset.Position(fd.Pos), end: p.Fset.Position(fd.End), fn: fd.Func})
		}
	}
	return out
}

// rel names a file relative to the working directory when it is below it.
func (c *command) rel(name string) string {
	if r, err := filepath.Rel(c.cwd, name); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return name
}

// modRel names a file relative to the module root, with slashes.
func (c *command) modRel(name string) string {
	if c.res.Module != "" {
		if r, err := filepath.Rel(c.res.Module, name); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(c.rel(name))
}

// located is a finding with its package and positions.
type located struct {
	*detect.Finding
	pkg      *load.Package
	pos, end positionT
	fn       string // the function declaration around the lookup: Name or Recv.Name
}

// dedupeProblems keeps one report per package (a package and its test
// variant fail alike).
func dedupeProblems(ps []load.Problem) []load.Problem {
	seen := map[string]bool{}
	var out []load.Problem
	for _, p := range ps {
		if !seen[p.Pkg] {
			seen[p.Pkg] = true
			out = append(out, p)
		}
	}
	return out
}
