package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/upsertfix/upsertfix/detect"

	"github.com/upsertfix/upsertfix/internal/testmod"
)

// The real-world corpus: one directory per public project under
// testdata/realworld, holding minimal reproductions of the get-or-create
// code that project really has (with the project, commit and file:line
// in a comment) and the near-misses next to them. Each real race is
// marked "// race" at the end of its lookup's first line, each near-miss
// "// safe: why". A finding scores as true when the function it is in
// holds a race marker (at most as many findings as markers), as false
// otherwise.
const realworldModule = "../../testdata/realworld"

// The floors are what the corpus measures now, so that a change cannot
// lose what was won; they are not the goal. The ten projects added blind
// in December 2026 took recall from 1.00 (the 15 projects it was tuned
// on) to 0.47 on the whole corpus at their first run; the goal is 0.9
// (README, "Recall and precision on real code"). The nine SQL-family and
// bun projects added blind later (miniflux, ente museum, listmonk,
// authelia, owncast, hatchet, gotosocial, paralus, scrumlr) were found 4
// of 67 at their first run, and took the corpus from 0.73 to 0.55. Three
// pgx projects added blind in the seventh session (lakeFS, pgwatch,
// pg_timetable) were found 0 of 8 at their first run. Three more, one
// per layer, in the ninth session (soft-serve on sqlx, woodpecker on
// xorm, coder on sqlc): 0 of 27 at their first run, 17 at the session's
// end; the corpus went from 0.69 to 0.72.
const (
	minRecall    = 0.80 // 213/264 = 0.807
	minPrecision = 0.95
	minProjects  = 25
	// minFixRate is of the true findings whose model has a unique key
	// on the lookup (or whose key upsertfix could not read): the share
	// that carries a fix. The goal is 0.8 (issue 18); this is where the
	// work stands, so that it cannot slip back. It went from 0.70 to
	// 0.62 in the eighth session, from 57 fixes to 61, and to 0.56 (68
	// fixes) in the ninth, as races found came in refused: of the 22 races
	// found then, most are refused, with their reasons (hatchet's creates of a
	// user and its password; gotosocial's getters behind a cache whose
	// loader upsertfix cannot judge). In the tenth, 0.54 (69 fixes):
	// the preloaded-rows shape now reaches every layer and batch inserts
	// (vikunja's unread statuses, 3x-ui's client records), reported and
	// by design not fixed, and flags cleared on the found path bring in
	// creates that do more than the insert (homebox's CsvImport) or
	// insert a value derived from the key (authelia's TOTP history). In
	// the eleventh, 0.53 (69 fixes of 130): the new true findings are
	// refused with reasons of their own (paralus's kubeconfig lookup by
	// other columns per branch, its bootstrap agent created from a
	// converted record, vikunja's identifier check with id != ?).
	// Then 0.59 (69 of 116): a site whose model has no unique key on
	// the lookup is now refused for that first (then for what its
	// repository does), so 18 sites whose key was missing no longer
	// count among those with a key. minFixes keeps the count of fixes from
	// slipping back while recall brings in true findings that are
	// refused. Then 0.57 (69 of 120, 0.575): three lookups said to have no
	// conditions add them to their query variable in branches (db =
	// db.Where(...)); their key is unknown, not missing, so they count;
	// and one more true finding, refused (ente's SRP setup).
	minFixRate = 0.57 // 71/124 = 0.573
	minFixes   = 71
)

// marker is one "// race" or "// safe:" comment. A race whose lookup has
// no unique key in the schema, where upsertfix cannot read the key (a
// column chosen at run time), is marked "// race; no unique key: why",
// with the evidence: the fix rate leaves it out, as it leaves out the
// findings upsertfix itself reports without a unique key.
type marker struct {
	file  string // relative to the module
	line  int
	race  bool
	noKey bool
	fn    string // file:FuncName of the function around it
}

func TestRealworld(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	findings := testGolden(t, realworldModule, "", minProjects)
	trues := score(t, "real-world corpus", realworldModule, findings, minRecall, minPrecision, minProjects)
	fixable := withoutNoKey(t, realworldModule, trues)
	if rate := fixRate(t, fixable); rate < minFixRate {
		t.Errorf("fix rate %.2f, want at least %.2f", rate, minFixRate)
	}
	fixes := 0
	for _, f := range fixable {
		if f.Fixable {
			fixes++
		}
	}
	if fixes < minFixes {
		t.Errorf("%d true findings fixed, want at least %d", fixes, minFixes)
	}
}

// withoutNoKey drops the true findings in functions whose race marker
// says the schema has no unique key on the lookup.
func withoutNoKey(t *testing.T, module string, trues []jsonFinding) []jsonFinding {
	markers, funcs := realworldMarkers(t, module)
	noKey := map[string]bool{}
	for _, m := range markers {
		if m.noKey {
			noKey[m.fn] = true
		}
	}
	var out []jsonFinding
	for _, f := range trues {
		if fn := funcs.at(f.File, f.Line); noKey[fn] {
			t.Logf("no unique key in the schema (corpus marker): %s:%d", f.File, f.Line)
			continue
		}
		out = append(out, f)
	}
	return out
}

// fixRate reports and returns the share of the true findings that carry
// a fix, leaving out those refused because the schema has no unique key on
// the lookup (a fix there needs a migration first); it logs the refusal
// reasons with their counts, for the README's table.
func fixRate(t *testing.T, trues []jsonFinding) float64 {
	t.Helper()
	fixed, denom := 0, 0
	reasons := map[string]int{}
	for _, f := range trues {
		// No unique key on the lookup: none covers its columns, the
		// only one is partial, or the lookup pins no column at all
		// (First(&u) with no condition: "is there any row").
		noKey := strings.Contains(f.Reason, "no unique index or constraint covers") || strings.Contains(f.Reason, " is partial (WHERE") ||
			strings.HasPrefix(f.Reason, "the lookup has no conditions")
		if !noKey {
			denom++
		}
		if f.Fixable {
			fixed++
			continue
		}
		reasons[refusalClass(f.Reason)]++
	}
	rate := 1.0
	if denom > 0 {
		rate = float64(fixed) / float64(denom)
	}
	t.Logf("fix rate %.2f (%d of the %d true findings with a unique key or an unread key; %d without a unique key)", rate, fixed, denom, len(trues)-denom)
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		return reasons[rs[i]] > reasons[rs[j]] || reasons[rs[i]] == reasons[rs[j]] && rs[i] < rs[j]
	})
	for _, r := range rs {
		t.Logf("refused %3d: %s", reasons[r], r)
	}
	return rate
}

// refusalClass is the kind of a refusal reason, without the names it
// gives: the clause after a "goes through" preamble, cut at its first
// parenthesis or semicolon.
func refusalClass(reason string) string {
	parts := strings.Split(reason, "; ")
	r := parts[0]
	if (strings.HasPrefix(r, "the lookup goes through") || strings.HasPrefix(r, "the create goes through")) && len(parts) > 1 {
		r = parts[1]
	}
	if i := strings.IndexAny(r, "(,"); i > 0 {
		r = r[:i]
	}
	return strings.TrimSpace(r)
}

// heldoutModule holds the projects catalogued blind and kept out of the
// tuning (README, "Recall and precision on real code"): only their
// figure is checked, not a report of theirs.
const heldoutModule = "../../testdata/heldout"

// The held-out floors are the figures of the eighteenth session's end
// (2026-12-08: 305/487 = 0.626, 305/371 = 0.822, with the eight
// projects it took out of BLIND: nightingale, SPIRE, yarr,
// tektoncd/results, evcc, digger, fider and flyteadmin, 88 races, fider's
// 20 behind a message bus not read), a little below, for the same
// reason as the corpus's: a change that loses what was found fails here.
const (
	heldoutMinRecall    = 0.60
	heldoutMinPrecision = 0.81
)

func TestHeldout(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	work := testmod.Copy(t, heldoutModule)
	// UPSERTFIX_HELDOUT=a,b scores those projects alone (a blind
	// project's first run), with no floor. Without it, the projects
	// listed in BLIND are left out: they wait for their first run.
	minRecall, minPrecision, minProjects, module := heldoutMinRecall, heldoutMinPrecision, 3, heldoutModule
	if only := os.Getenv("UPSERTFIX_HELDOUT"); only != "" {
		keep := strings.Split(only, ",")
		removeDirs(t, work, func(name string) bool { return !slices.Contains(keep, name) })
		minRecall, minPrecision, minProjects, module = 0, 0, len(keep), work
	} else if blind := blindProjects(t); len(blind) > 0 {
		removeDirs(t, work, func(name string) bool { return slices.Contains(blind, name) })
		module = work
	}
	out, stderr, code := run(t, "-C", work, "-json", "./...")
	if code > 1 {
		t.Fatalf("-json exit %d, want 0 or 1; stderr:\n%s", code, stderr)
	}
	trues := score(t, "held-out corpus", module, decodeFindings(t, out), minRecall, minPrecision, minProjects)
	fixRate(t, trues) // logged only: the corpus is not tuned on
}

// blindProjects lists the held-out projects kept blind (BLIND: one
// directory per line, # comments).
func blindProjects(t *testing.T) []string {
	b, err := os.ReadFile(filepath.Join(heldoutModule, "BLIND"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ln := range strings.Split(string(b), "\n") {
		if ln = strings.TrimSpace(ln); ln != "" && !strings.HasPrefix(ln, "#") {
			out = append(out, ln)
		}
	}
	return out
}

// removeDirs removes the directories of dir whose names drop says.
func removeDirs(t *testing.T, dir string, drop func(string) bool) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() && drop(e.Name()) {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// score relates the findings to the corpus's markers and checks the
// floors. It returns the true findings. A finding counts for a race
// marker in its own function or, when that has none left, in a function
// its lookup or create goes through (-json's "via"): a catalogue marks
// the check where it is written, which may be a validator the handler
// calls.
func score(t *testing.T, name, module string, findings []jsonFinding, minRecall, minPrecision float64, minProjects int) []jsonFinding {
	t.Helper()
	markers, funcs := realworldMarkers(t, module)
	want := map[string]int{} // function -> race markers
	var races, safes int
	projects := map[string]bool{}
	for _, m := range markers {
		projects[caseOf("", m.file)] = true
		if m.race {
			want[m.fn]++
			races++
		} else {
			safes++
		}
	}
	got := map[string]int{}
	var falsePos []string
	var trues []jsonFinding
	for _, f := range findings {
		fn := funcs.at(f.File, f.Line)
		if got[fn] >= want[fn] {
			// the race's marker may be in a function the finding
			// goes through (a validator holding the check)
			for _, v := range f.Via {
				if vfn := funcs.at(v.File, v.Line); got[vfn] < want[vfn] {
					fn = vfn
					break
				}
			}
		}
		got[fn]++
		if got[fn] > want[fn] {
			falsePos = append(falsePos, fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Message))
		} else {
			trues = append(trues, f)
		}
	}
	var found int
	var missed []string
	for fn, n := range want {
		found += min(n, got[fn])
		if got[fn] < n {
			missed = append(missed, fmt.Sprintf("%s (%d of %d)", fn, got[fn], n))
		}
	}
	sort.Strings(missed)
	logProjects(t, markers, want, got, findings, falsePos)
	recall := float64(found) / float64(races)
	precision := 1.0
	if len(findings) > 0 {
		precision = float64(len(findings)-len(falsePos)) / float64(len(findings))
	}
	t.Logf("%s: %d projects, %d races, %d near-misses; %d findings: recall %.2f (%d/%d), precision %.2f (%d/%d)",
		name, len(projects), races, safes, len(findings), recall, found, races, precision, len(findings)-len(falsePos), len(findings))
	for _, m := range missed {
		t.Logf("missed: %s", m)
	}
	for _, fp := range falsePos {
		t.Logf("false positive: %s", fp)
	}
	if len(projects) < minProjects {
		t.Errorf("%d projects in the corpus, want at least %d", len(projects), minProjects)
	}
	if recall < minRecall {
		t.Errorf("recall %.2f, want at least %.2f", recall, minRecall)
	}
	if precision < minPrecision {
		t.Errorf("precision %.2f, want at least %.2f", precision, minPrecision)
	}
	return trues
}

// logProjects logs each project's figures, for a reader who keeps some
// projects blind (grep -v them) or follows one.
func logProjects(t *testing.T, markers []marker, want, got map[string]int, findings []jsonFinding, falsePos []string) {
	t.Helper()
	type fig struct{ races, found, findings, falsePos int }
	per := map[string]*fig{}
	at := func(file string) *fig {
		p := caseOf("", file)
		if per[p] == nil {
			per[p] = &fig{}
		}
		return per[p]
	}
	for _, m := range markers {
		at(m.file)
	}
	for fn, n := range want {
		f := at(fn)
		f.races += n
		f.found += min(n, got[fn])
	}
	for _, f := range findings {
		at(f.File).findings++
	}
	for _, fp := range falsePos {
		at(fp).falsePos++
	}
	names := slices.Sorted(maps.Keys(per))
	for _, p := range names {
		f := per[p]
		t.Logf("project %s: recall %d/%d, precision %d/%d", p, f.found, f.races, f.findings-f.falsePos, f.findings)
	}
}

// funcRanges maps a file to the line ranges of its functions.
type funcRanges map[string][]struct {
	name       string
	start, end int
}

// at names the function around file:line ("file:Recv.Name"), or the file
// when no function holds the line.
func (fr funcRanges) at(file string, line int) string {
	for _, r := range fr[file] {
		if r.start <= line && line <= r.end {
			return file + ":" + r.name
		}
	}
	return file
}

// holdsFuncLit reports a value spec whose values hold a function literal.
func holdsFuncLit(vs *ast.ValueSpec) bool {
	found := false
	for _, v := range vs.Values {
		ast.Inspect(v, func(n ast.Node) bool {
			_, lit := n.(*ast.FuncLit)
			found = found || lit
			return !found
		})
	}
	return found
}

// realworldMarkers parses every .go file of the corpus but internal/.
func realworldMarkers(t *testing.T, module string) ([]marker, funcRanges) {
	t.Helper()
	fset := token.NewFileSet()
	funcs := funcRanges{}
	var markers []marker
	err := filepath.WalkDir(module, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(module, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "internal" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				funcs[rel] = append(funcs[rel], struct {
					name       string
					start, end int
				}{detect.FuncName(d), fset.Position(d.Pos()).Line, fset.Position(d.End()).Line})
			case *ast.GenDecl:
				// a package variable holding function literals (var
				// initSchema = func(...) {...}): named by the variable
				for _, spec := range d.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || len(vs.Names) != 1 || !holdsFuncLit(vs) {
						continue
					}
					funcs[rel] = append(funcs[rel], struct {
						name       string
						start, end int
					}{vs.Names[0].Name, fset.Position(vs.Pos()).Line, fset.Position(vs.End()).Line})
				}
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				text := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
				noKey := strings.HasPrefix(text, "race; no unique key: ")
				race := text == "race" || noKey
				if !race && !strings.HasPrefix(text, "safe:") {
					continue
				}
				line := fset.Position(c.Pos()).Line
				markers = append(markers, marker{file: rel, line: line, race: race, noKey: noKey})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range markers {
		markers[i].fn = funcs.at(m.file, m.line)
		if markers[i].fn == m.file {
			t.Errorf("%s:%d: marker outside a function", m.file, m.line)
		}
	}
	return markers, funcs
}
