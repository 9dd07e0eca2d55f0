// Package lint is upsertfix as an analysis.Analyzer with its fixes: the
// findings of package detect, each fixable one with a SuggestedFix whose
// edits are the fix the upsertfix command writes, planned by package
// rewrite and type-checked in process (internal/verify) against the
// pass's imports before it is offered.
//
// It is what go vet -vettool, go fix -fixtool and the golangci-lint
// plugin run:
//
//	go vet -vettool=$(command -v upsertfix-vet) ./...
//	go fix -fixtool=$(command -v upsertfix-vet) ./...
package lint

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/diff"
	"github.com/upsertfix/upsertfix/internal/verify"
	"github.com/upsertfix/upsertfix/rewrite"
)

// Analyzer reports racy get-or-create code with its verified fixes.
var Analyzer = &analysis.Analyzer{
	Name:       "upsertfix",
	Doc:        detect.Analyzer.Doc + "\n\nEach fixable finding carries the fix `upsertfix -w` writes, type-checked before it is offered.",
	URL:        detect.DocURL,
	Run:        run,
	ResultType: reflect.TypeFor[[]*detect.Finding](),
	FactTypes:  detect.Analyzer.FactTypes,
}

func run(pass *analysis.Pass) (any, error) {
	findings, err := detect.Find(pass)
	if err != nil {
		return nil, err
	}
	fixes := Fixes(pass, findings)
	for _, fd := range findings {
		d := analysis.Diagnostic{Pos: fd.Pos, End: fd.End, Category: fd.Kind, Message: fd.Message, URL: detect.DocURL}
		if f, ok := fixes.Fix[fd]; ok {
			d.SuggestedFixes = []analysis.SuggestedFix{f}
		} else if why, ok := fixes.Withheld[fd]; ok {
			d.Message = withheld(fd.Message, why)
		}
		pass.Report(d)
	}
	return findings, nil
}

// withheld rewrites a finding's message for a planned fix that was not
// verified.
func withheld(msg, why string) string {
	if i := strings.LastIndex(msg, "; fix: "); i >= 0 {
		msg = msg[:i]
	}
	return msg + "; fix withheld: " + why
}

// Result holds the fixes of a package's findings.
type Result struct {
	Fix      map[*detect.Finding]analysis.SuggestedFix
	Withheld map[*detect.Finding]string // fixable findings with no fix, and why
	// Covers maps each fixed finding to the finding whose suggested fix
	// holds its edits: itself, or the first of its function or file.
	Covers map[*detect.Finding]*detect.Finding
}

// Fallback type-checks the package with files (new contents) by other
// means when the pass's imports do not hold a package a fix needs (the
// command asks the go command); it returns the type errors.
type Fallback func(files map[string][]byte) ([]string, error)

// Fixes plans, verifies and returns the fixes of the pass's fixable
// findings. Each finding gets its own fix, unless the fixes of a file's
// findings overlap, or applied together would not give what fixing them
// together gives (two sites in one function pick different names for
// their labels): then the first finding of the file carries the fix of
// all of them. Either way, applying every suggested fix writes what
// upsertfix -w writes, and no two suggested fixes overlap.
func Fixes(pass *analysis.Pass, findings []*detect.Finding) *Result {
	return FixesWith(pass, findings, nil)
}

// FixesWith is Fixes with a fallback type-check (nil for none: such a
// fix is then withheld).
func FixesWith(pass *analysis.Pass, findings []*detect.Finding, fallback Fallback) *Result {
	fx := &fixer{
		pass: pass, fallback: fallback, orig: map[string][]byte{}, planned: map[string]*rewrite.Result{},
		res: &Result{Fix: map[*detect.Finding]analysis.SuggestedFix{}, Withheld: map[*detect.Finding]string{}, Covers: map[*detect.Finding]*detect.Finding{}},
	}
	cands := fx.candidates(findings)
	if len(cands) == 0 {
		return fx.res
	}
	fx.pkg = pseudoPackage(pass)
	fx.imports = verify.Imports(pass.Pkg)
	if fixed := fx.verified(cands); fixed != nil {
		fx.edits(fixed)
	}
	return fx.res
}

// fixer plans, verifies and splits into suggested fixes the rewrites of
// one package's findings (FixesWith).
type fixer struct {
	pass     *analysis.Pass
	fallback Fallback
	res      *Result
	orig     map[string][]byte // the files as read
	pkg      *packages.Package
	imports  map[string]*types.Package
	// planned holds each set of findings' rewrite: a rewrite is a
	// decorate and print of its files, and the same set is asked for up
	// to three times (all the fixes, those that pass, each group).
	planned map[string]*rewrite.Result
}

// read returns a file's content, read once.
func (fx *fixer) read(name string) ([]byte, error) {
	if b, ok := fx.orig[name]; ok {
		return b, nil
	}
	b, err := fx.pass.ReadFile(name)
	if err != nil {
		b, err = os.ReadFile(name)
	}
	if err == nil {
		fx.orig[name] = b
	}
	return b, err
}

// candidates returns the fixable findings whose files can be edited,
// withholding the others with the reason.
func (fx *fixer) candidates(findings []*detect.Finding) []*detect.Finding {
	var cands []*detect.Finding
	for _, fd := range findings {
		if !fd.Fixable {
			continue
		}
		name := fx.pass.Fset.PositionFor(fd.Pos, false).Filename
		_, err := fx.read(name)
		switch {
		case strings.Contains(filepath.ToSlash(name), "/vendor/"):
			fx.res.Withheld[fd] = "the file is not in the main module (a dependency or a vendored copy); upsertfix edits only your own module"
		case err != nil:
			fx.res.Withheld[fd] = "read " + name + ": " + err.Error()
		default:
			cands = append(cands, fd)
		}
	}
	return cands
}

// plan rewrites the sites of fds, once per set, and returns the files.
func (fx *fixer) plan(fds []*detect.Finding) map[string][]byte {
	pos := make([]int, len(fds))
	for i, fd := range fds {
		pos[i] = int(fd.Pos)
	}
	sort.Ints(pos)
	key := fmt.Sprint(pos)
	r := fx.planned[key]
	if r == nil {
		r = rewrite.Package(fx.pkg, fds)
		untouched(r, fds, fx.read, fx.pass.Fset)
		fx.planned[key] = r
	}
	for fd, why := range r.Failed {
		fx.res.Withheld[fd] = why
	}
	return r.Files
}

// check type-checks the package with files changed; "" when it passes.
func (fx *fixer) check(files map[string][]byte) string {
	pass := fx.pass
	all := map[string][]byte{}
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if b, ok := files[name]; ok {
			all[name] = b
			continue
		}
		b, err := fx.read(name)
		if err != nil {
			return err.Error()
		}
		all[name] = b
	}
	err := verify.Check(pass.Pkg.Path(), all, fx.imports, pass.TypesSizes)
	var missing *verify.ErrMissingImport
	switch {
	case err == nil:
		return ""
	case errors.As(err, &missing) && fx.fallback != nil:
		msgs, err := fx.fallback(files)
		switch {
		case err != nil:
			return "the fixed package could not be type-checked: " + err.Error()
		case len(msgs) > 0:
			return "the fixed package does not type-check: " + msgs[0]
		}
		return ""
	case errors.As(err, &missing):
		return "the fix uses " + missing.Path + ", which this package's imports do not load completely, so it could not be type-checked here; run the upsertfix command"
	}
	if te, ok := err.(types.Error); ok {
		p := te.Fset.Position(te.Pos)
		return "the fixed package does not type-check: " + filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) + ": " + te.Msg
	}
	return "the fixed package does not type-check: " + err.Error()
}

// verified returns the candidates whose fixes type-check: every fix
// together first; if the package does not type-check, each alone,
// keeping those that do, then those together again. nil when none do.
func (fx *fixer) verified(cands []*detect.Finding) []*detect.Finding {
	res := fx.res
	ok := cands
	if why := fx.check(fx.plan(cands)); why != "" {
		ok = nil
		for _, fd := range cands {
			if _, failed := res.Withheld[fd]; failed {
				continue
			}
			if why := fx.check(fx.plan([]*detect.Finding{fd})); why != "" {
				res.Withheld[fd] = why
				continue
			}
			ok = append(ok, fd)
		}
		if why := fx.check(fx.plan(ok)); why != "" {
			for _, fd := range ok {
				res.Withheld[fd] = "the fixes of this package do not type-check together: " + why
			}
			return nil
		}
	}
	var fixed []*detect.Finding
	for _, fd := range ok {
		if _, failed := res.Withheld[fd]; !failed {
			fixed = append(fixed, fd)
		}
	}
	return fixed
}

// edits gives each fixed finding its suggested fix: its own edits, unless
// they overlap within a file, then one per function, then one per file.
func (fx *fixer) edits(fixed []*detect.Finding) {
	byFile := map[string][]*detect.Finding{}
	for _, fd := range fixed {
		name := fx.pass.Fset.PositionFor(fd.Pos, false).Filename
		byFile[name] = append(byFile[name], fd)
	}
	combined := fx.plan(fixed)
	for name, fds := range byFile {
		sort.Slice(fds, func(i, j int) bool { return fds[i].Pos < fds[j].Pos })
		tf := fx.pass.Fset.File(fds[0].Pos)
		// Try one fix per finding, then per function, then one for the
		// file: the first grouping whose fixes, applied together, give the
		// combined fix.
		for _, by := range []func(*detect.Finding) string{
			func(fd *detect.Finding) string { return strconv.Itoa(int(fd.Pos)) },
			func(fd *detect.Finding) string { return fd.Func },
			func(*detect.Finding) string { return "" },
		} {
			if fx.group(name, tf, fds, combined, by) {
				break
			}
		}
	}
}

// group gives the fixes of one file's findings grouped by by, when the
// groups' edits do not overlap and together give the combined fix; it
// reports whether it did.
func (fx *fixer) group(name string, tf *token.File, fds []*detect.Finding, combined map[string][]byte, by func(*detect.Finding) string) bool {
	var order []string
	groups := map[string][]*detect.Finding{}
	for _, fd := range fds {
		k := by(fd)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], fd)
	}
	edits := map[*detect.Finding][]diff.Edit{}
	for _, k := range order {
		g := groups[k]
		edits[g[0]] = diff.Edits(fx.orig[name], fx.plan(g)[name])
	}
	if len(order) > 1 && (overlap(edits) || string(apply(fx.orig[name], edits)) != string(combined[name])) {
		return false
	}
	for _, k := range order {
		// The others of the group are fixed by the first one's suggested
		// fix; their messages stay as the CLI's.
		head := groups[k][0]
		fx.res.Fix[head] = suggested(tf, edits[head])
		for _, fd := range groups[k] {
			fx.res.Covers[fd] = head
		}
	}
	return true
}

// apply applies every finding's edits to src (they do not overlap).
func apply(src []byte, single map[*detect.Finding][]diff.Edit) []byte {
	var all []diff.Edit
	for _, es := range single {
		all = append(all, es...)
	}
	return diff.Apply(src, all)
}

// suggested turns byte-offset edits of a file into a SuggestedFix.
func suggested(tf *token.File, edits []diff.Edit) analysis.SuggestedFix {
	f := analysis.SuggestedFix{Message: "insert atomically, and on a unique violation go back to the lookup"}
	for _, e := range edits {
		f.TextEdits = append(f.TextEdits, analysis.TextEdit{Pos: tf.Pos(e.Offset), End: tf.Pos(e.End), NewText: []byte(e.New)})
	}
	return f
}

// overlap reports whether the edits of two findings touch or overlap.
func overlap(single map[*detect.Finding][]diff.Edit) bool {
	type span struct {
		fd         *detect.Finding
		start, end int
	}
	var spans []span
	for fd, es := range single {
		for _, e := range es {
			spans = append(spans, span{fd, e.Offset, e.End})
		}
	}
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			a, b := spans[i], spans[j]
			if a.fd != b.fd && (a.start < b.end && b.start < a.end || a.start == b.start) {
				return true
			}
		}
	}
	return false
}

// pseudoPackage presents the pass as the *packages.Package the rewriter
// works on.
func pseudoPackage(pass *analysis.Pass) *packages.Package {
	imports := map[string]*packages.Package{}
	for _, imp := range pass.Pkg.Imports() {
		imports[imp.Path()] = &packages.Package{ID: imp.Path(), Name: imp.Name(), PkgPath: imp.Path(), Types: imp}
	}
	return &packages.Package{
		ID: pass.Pkg.Path(), Name: pass.Pkg.Name(), PkgPath: pass.Pkg.Path(),
		Fset: pass.Fset, Syntax: pass.Files, Types: pass.Pkg, TypesInfo: pass.TypesInfo, TypesSizes: pass.TypesSizes,
		Imports: imports,
	}
}

// untouched keeps the lines a fix does not change as they were in a file
// that is not gofmt-formatted: the rewrite prints the whole file
// formatted, so its change is carried over to the original text
// (diff.Transplant). Where gofmt would change the number of lines, the
// fixes of the file are withheld.
func untouched(r *rewrite.Result, fds []*detect.Finding, read func(string) ([]byte, error), fset *token.FileSet) {
	for name, fixed := range r.Files {
		orig, err := read(name)
		if err != nil || gofmtClean(orig) {
			continue
		}
		formatted, err := format.Source(orig)
		var out []byte
		ok := err == nil
		if ok {
			out, ok = diff.Transplant(orig, formatted, fixed)
		}
		if ok {
			r.Files[name] = out
			continue
		}
		delete(r.Files, name)
		for _, fd := range fds {
			if fset.PositionFor(fd.Pos, false).Filename == name {
				if r.Failed == nil {
					r.Failed = map[*detect.Finding]string{}
				}
				r.Failed[fd] = "the file is not gofmt-formatted, and gofmt would change its number of lines, so the fix would also reformat lines it does not touch; run gofmt -w " + filepath.Base(name) + " first"
			}
		}
	}
}

func gofmtClean(b []byte) bool {
	f, err := format.Source(b)
	return err == nil && bytes.Equal(f, b)
}
