package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/bunorm"
	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/prismaorm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
	"github.com/upsertfix/upsertfix/internal/xormorm"
)

// DocURL is where a finding's URL points: the README section on the
// race, the fix on each database and recording an exception.
const DocURL = "https://github.com/upsertfix/upsertfix#the-promise"

// Analyzer reports get-or-create sequences that race. Its result is a
// []*Finding for the package, in source order.
var Analyzer = &analysis.Analyzer{
	Name:       "upsertfix",
	Doc:        "report get-or-create sequences that race\n\nA lookup, a not-found test and a create of the same model can be run to the end by two concurrent callers; only an atomic insert-on-conflict is safe.",
	URL:        DocURL,
	Run:        run,
	ResultType: reflect.TypeFor[[]*Finding](),
	FactTypes:  []analysis.Fact{new(LookupFact), new(CreateFact), new(HookFact), new(ErrTestFact), new(ErrArgCreateFact), new(ValueArgCreateFact), new(NotFoundAliasFact), new(LockFact), new(EffectFact), new(PureFact), new(SkipTxFact), new(ConflictTestFact), new(NotFoundMapFact), new(KeepsNotFoundFact), new(ProcLockFact), new(ScopeFact), new(ErrAsFact), new(PreloadFact), new(TxFuncFact), new(EmptyTestFact), new(RowReaderFact), new(QueryModelFact), new(FuncAliasFact), new(SeedFact), new(StartupFact), new(RunnerFact), new(ErrKindFact), new(KindCtorFact)},
}

// Adapters are the ORM vocabularies the Analyzer knows, for their names
// and Triggers; a pass works with its own instances (adaptersFor), which
// hold what they cache for that pass only.
var Adapters = []orm.Adapter{gormorm.Adapter{}, entorm.Adapter{}, prismaorm.Adapter{}, xormorm.Adapter{}, sqlorm.Adapter{}, bunorm.Adapter{}}

// adaptersFor returns fresh adapters for one pass.
func adaptersFor(pass *analysis.Pass) []orm.Adapter {
	return []orm.Adapter{gormorm.Adapter{}, entorm.New(), prismaorm.New(pass.Fset), xormorm.Adapter{}, sqlorm.New(pass.Fset, pass.Files, pass.TypesInfo), bunorm.Adapter{}}
}

// Kinds of findings.
const (
	KindFindThenCreate   = "find-then-create"
	KindExistsThenCreate = "exists-then-create"
	KindFirstOrCreate    = "first-or-create"
	KindFirstOrInit      = "first-or-init-then-save"
	KindUpsert           = "find-then-update-or-create"
	KindUpdateThenCreate = "update-then-create"
	KindPreloaded        = "preloaded-then-create"
	KindDeadTest         = "dead-not-found-test"
	KindBadIgnore        = "ignore-without-reason"
	KindUnusedIgnore     = "unused-ignore"
)

// Finding is one racy get-or-create site.
type Finding struct {
	Pos, End token.Pos // the lookup call
	ORM      string
	Model    string   // Go type name of the record
	Key      []string // looked-up columns
	Kind     string
	Fixable  bool   // a fix can be planned (rewrite may still withhold it)
	Reason   string // why it cannot be fixed, or what the fix does
	Message  string // the whole diagnostic
	Func     string // the function declaration around it: Name, or Recv.Name for a method
	// Locked is the in-process lock held from the lookup to the create
	// (reported only with Replicas), or "".
	Locked string
	// Seeded: main runs the site at start-up, before any goroutine, on
	// a constant key (StartupFact; reported only with Replicas).
	Seeded bool
	// AddKey, with AddUnique, is the unique index the fix adds to the
	// model's struct tags, the model having none on the lookup's key.
	AddKey *AddedKey

	// Via lists the module's functions the lookup and the create go
	// through, lookup first (kept when Site is released).
	Via []Via

	// Site holds what package rewrite needs; nil for ignore findings.
	Site *Site

	// fresh says the create inserts a row whose key the database
	// generates (freshKey): no race, the finding is dropped.
	fresh bool
	// handled: the code answers the unique violation as the found path
	// does (both fail): not a race
	handled bool
}

// Via is a function of the module a finding's lookup or create goes
// through (a repository method, a validator).
type Via struct {
	Role string // "lookup" or "create"
	Func *types.Func
}

// vias is what Finding.Via lists for the lookup l and the create c.
func vias(l *orm.Lookup, c *orm.Create) []Via {
	var out []Via
	if l != nil && l.ViaFunc != nil {
		out = append(out, Via{"lookup", l.ViaFunc})
	}
	if c != nil && c.ViaFunc != nil {
		out = append(out, Via{"create", c.ViaFunc})
	}
	return out
}

// AddedKey is a unique index on Columns of Model, to be declared on the
// struct fields Fields (GORM tags).
type AddedKey struct {
	Model   *types.Named
	Columns []string
	Fields  []string
}

// AddUnique, when set (the command's -add-unique flag), fixes a site whose
// model has no unique key on the lookup's columns by also declaring one
// on the model (a GORM uniqueIndex tag), so that the fix works once the
// index exists (GORM's AutoMigrate creates it). Never without the flag:
// the index is a migration, and rows that break it must go first.
var AddUnique bool

// Site is the syntax of a finding, for the rewriter.
type Site struct {
	Adapter   orm.Adapter
	Lookup    *orm.Lookup
	Create    *orm.Create
	Binding   *orm.Binding
	Unique    orm.UniqueKey  // the unique key the lookup matches, when fixable
	FoundExit *ast.BlockStmt // exists-then-create: the found path's terminating body
	AnyError  bool           // a failed lookup also reaches the create
	// FoundToo says when a found row reaches the create too, from a
	// test of the row (the found row's b.ExpiredAt <= now): "" for never.
	FoundToo string
	// SharedSave: the create is one Save after the branches, of the row
	// found or of a new row without a primary key (sharedSave).
	SharedSave bool
	File       *ast.File

	// Label is the statement the caller that loses the race goes back to:
	// the lookup's statement, or the declaration of its destination just
	// before it. Nil when the lookup is not in a statement list.
	Label ast.Stmt
	// Effect says what, on the not-found path before the create, has an
	// effect outside the function's variables ("" if nothing does).
	Effect string
	writes []write // what the not-found path writes before the create
	// BeforeHooks: the created model has GORM before-insert hooks, which
	// change the record even when the insert then fails.
	BeforeHooks bool
	// ErrDropped: when the insert fails, the function goes on rather
	// than return the error (errLeaves), so inside a transaction the fix
	// may not take a savepoint (GORM).
	ErrDropped bool
	// NoTxRetry: inside a transaction the fix takes no savepoint and
	// leaves the race as it was: ErrDropped, or a lookup through a
	// function (its query cannot be made a locking read, and at
	// REPEATABLE READ the transaction's snapshot hides the winner's row
	// from it) with the create in the caller (GORM).
	NoTxRetry bool
	// Resets are the variables declared above the label that the retried
	// region changes, with their value at the label: the caller that goes
	// back gives them that value again first.
	Resets []Reset
	// Lifted are the statements going back runs again besides those from
	// the label to the lookup's, when the label was lifted out of the
	// branches that hold the lookup (liftLabel): their heads and the
	// statements before the lookup in them.
	Lifted []ast.Stmt
	// CoveredBy is the finding, on the same create, whose fix goes back
	// to an earlier lookup, and so runs this one again: this site gets
	// no edit of its own.
	CoveredBy *Finding
	// TxCall is the db.Transaction(func(tx *gorm.DB) error {...}) call
	// whose callback holds the create, when the lookup is outside it: the
	// transaction is the insert's savepoint, and the fix goes back around
	// the whole call (txcallback.go).
	TxCall *ast.CallExpr
	// TxRunner names the module's runner of transactions TxCall calls
	// (transactor.Run), when it is not GORM's Transaction.
	TxRunner string
	// ConflictFails: the code answers the insert's unique violation
	// with an error (conflictAnswer), and the found path fails too (an
	// exists-check).
	ConflictFails bool
}

// Reset is a variable to give its value at the label again before going
// back to the lookup: Value (a constant expression of its declaration), or
// its zero value when Value is nil.
type Reset struct {
	Var   *types.Var
	Value ast.Expr
	// Snapshot: the fix copies the value before the label and copies it
	// back before going back (v = vSaved); with Deref, Var points to a
	// struct the retried code writes, and the copy is of that struct
	// (*v = vSaved).
	Snapshot, Deref bool
}

func run(pass *analysis.Pass) (any, error) {
	findings, err := Find(pass)
	if err != nil {
		return nil, err
	}
	for _, fd := range findings {
		pass.Report(analysis.Diagnostic{Pos: fd.Pos, End: fd.End, Category: fd.Kind, Message: fd.Message, URL: DocURL})
	}
	return findings, nil
}

// Find computes the findings of the pass's package, in source order, and
// exports its facts, without reporting: the lint package reports them
// with their fixes.
func Find(pass *analysis.Pass) ([]*Finding, error) {
	var adapters []orm.Adapter
	for _, a := range adaptersFor(pass) {
		if uses(pass.Pkg, a) || callsSummarized(pass, a) {
			adapters = append(adapters, a)
		}
	}
	var findings []*Finding
	// Interfaces of this package implemented in the packages it imports
	// (a repository interface over a store package): their summaries
	// first, so that the effects of this package's functions that call
	// them are judged with them.
	summarizeInterfaces(pass)
	ef := newEffects(pass, adapters)
	exportEffects(pass, ef)
	summarizeErrAs(pass)
	summarizeEmptyTests(pass)
	summarizeNotFoundMaps(pass)
	summarizeRowReaders(pass)
	summarizeTxFuncs(pass)
	summarizeRunners(pass)
	summarizeErrKinds(pass, ef)
	exportAliases(pass, ef)
	summarizeCtxTxFuncs(pass, ef)
	if len(adapters) == 0 {
		exportSeeds(pass, nil)
		return findings, nil
	}
	summarizeAll(pass, adapters, ef)
	exportLocks(pass)
	exportProcLocks(pass)
	exportHooks(pass, ef)
	exportSkipTx(pass)
	findings = matchFiles(pass, adapters, ef)
	if exportChecked(pass, findings) {
		// Functions of this package that hold a get-or-create of their
		// own are creates their callers look up before: match again
		// with those summaries (and their wrappers').
		for _, a := range adapters {
			summarizeWrappers(pass, a)
		}
		summarizeInterfaces(pass)
		findings = matchFiles(pass, adapters, ef)
		exportChecked(pass, findings)
	}
	for _, fd := range findings {
		fd.Func = declName(pass.Files, fd.Pos)
	}
	findings = callerRetried(pass, findings)
	findings = exportSeeds(pass, findings)
	shareCreates(pass.Fset, findings)
	// By file name, then offset: the order the FileSet gave the files
	// depends on the loader.
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := pass.Fset.PositionFor(findings[i].Pos, false), pass.Fset.PositionFor(findings[j].Pos, false)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
	return findings, nil
}

// MarkSeeded records that main runs fd at start-up (Seeded), in its
// message too.
func (fd *Finding) MarkSeeded() {
	fd.Seeded = true
	fd.Message = message(fd)
}

// summarizeAll runs the summarizers of each adapter, then gives the
// package's interfaces the facts their implementations agree on; again,
// a few times at most, while that gives a method a new fact, for the
// functions that only forward to it (sftpgo's GetTaskByName: return provider.getTaskByName(n),
// over the package's one Provider).
func summarizeAll(pass *analysis.Pass, adapters []orm.Adapter, ef *effects) {
	const rounds = 4 // (a layer more each: provider -> implementation -> helper)
	for round := 0; round < rounds; round++ {
		for _, a := range adapters {
			summarizeScopes(pass, a)
			summarizeQueryModels(pass, a)
			summarizeAliases(pass, a)
			summarizeKeepers(pass, a)
			summarizeGenericLayer(pass, a, ef)
			summarize(pass, a, ef)
			summarizePreloads(pass, a)
			summarizeErrTests(pass, a)
			summarizeConflictTests(pass, a)
			summarizeErrArgs(pass, a, ef)
			summarizeValueArgs(pass, a, ef)
			summarizeLookupWrappers(pass, a, ef)
			summarizeComposed(pass, a)
			summarizeLookupWrappers(pass, a, ef)
			summarizeWrappers(pass, a)
			completeFacts(pass, a, ef)
			completeWrappers(pass, a, ef)
		}
		if !summarizeInterfaces(pass) || round == rounds-1 {
			return
		}
		// the effects judged before read those methods as unknown
		clear(ef.memo)
		clear(ef.impls)
		exportEffects(pass, ef)
	}
}

// shareCreates gives one fix to the fixable sites that end in one
// create (an email check and a username check before one insert): the
// one that goes back furthest, whose retried code holds the others'
// lookups, so that its going back runs them again. The others name it.
func shareCreates(fset *token.FileSet, findings []*Finding) {
	first := map[*ast.CallExpr]*Finding{}
	for _, fd := range findings {
		if !fd.Fixable || fd.Site == nil || fd.Site.Label == nil {
			continue
		}
		c := fd.Site.Create.Call
		if f, ok := first[c]; !ok || fd.Site.Label.Pos() < f.Site.Label.Pos() {
			first[c] = fd
		}
	}
	for _, fd := range findings {
		if !fd.Fixable || fd.Site == nil || fd.Site.Label == nil {
			continue
		}
		f := first[fd.Site.Create.Call]
		if f == fd || f.Site.Label.Pos() > fd.Pos || fd.Pos > fd.Site.Create.Call.Pos() {
			continue
		}
		fd.Site.CoveredBy = f
		fd.Reason = fmt.Sprintf("fixed with the site at line %d, which ends in the same create: its fix goes back to that lookup, which runs this one again", fset.Position(f.Pos).Line)
		fd.Message = message(fd)
	}
}

// uses reports whether pkg imports the adapter's ORM, or a package that
// does (the generated ent client, a models package).
func uses(pkg *types.Package, a orm.Adapter) bool {
	for _, imp := range pkg.Imports() {
		if a.Triggers(imp.Path()) {
			return true
		}
		if otherORM(imp.Path(), a) {
			continue // GORM imports database/sql: its users are not SQL's
		}
		for _, imp2 := range imp.Imports() {
			if a.Triggers(imp2.Path()) {
				return true
			}
		}
	}
	return false
}

// otherORM reports a package of another data layer than a's, or of the
// ORMs' own modules (gorm.io's drivers and plugins), which import the
// SQL layers for themselves.
func otherORM(path string, a orm.Adapter) bool {
	for _, b := range Adapters {
		if b.Name() != a.Name() && b.Triggers(path) {
			return true
		}
	}
	for _, p := range []string{"gorm.io/", "entgo.io/", "xorm.io/", "github.com/uptrace/bun", "github.com/steebchen/prisma-client-go"} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// callsSummarized reports whether the package calls a function (or an
// interface method) summarized as a lookup or a create of a's ORM: a
// service layer that reaches the ORM only through its repositories'
// interfaces (a clean architecture's biz package imports no ORM).
func callsSummarized(pass *analysis.Pass, a orm.Adapter) bool {
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		var lf LookupFact
		var cf CreateFact
		if pass.ImportObjectFact(fn, &lf) && lf.ORM == a.Name() || pass.ImportObjectFact(fn, &cf) && cf.ORM == a.Name() {
			return true
		}
	}
	return false
}

func message(fd *Finding) string {
	if fd.Kind == KindBadIgnore || fd.Kind == KindUnusedIgnore {
		return fd.Reason
	}
	if fd.Kind == KindDeadTest {
		return fmt.Sprintf("%s: %s: %s", fd.ORM, fd.Model, fd.Reason)
	}
	var b strings.Builder
	key := "(" + strings.Join(fd.Key, ", ") + ")"
	if len(fd.Key) == 0 {
		key = "(unknown columns)"
	}
	switch fd.Kind {
	case KindFirstOrCreate:
		fmt.Fprintf(&b, "%s: %s %s: FirstOrCreate is a SELECT then an INSERT; concurrent callers can both insert", fd.ORM, fd.Model, key)
	case KindFirstOrInit:
		fmt.Fprintf(&b, "%s: %s %s: FirstOrInit then a save or create is a SELECT then an INSERT; concurrent callers can both insert", fd.ORM, fd.Model, key)
	case KindUpsert:
		fmt.Fprintf(&b, "%s: %s %s: a hand-written upsert (updated when found, created when not); concurrent callers can both create", fd.ORM, fd.Model, key)
	case KindUpdateThenCreate:
		fmt.Fprintf(&b, "%s: %s %s: updated, then created when no row matched; concurrent callers can both match no row and insert", fd.ORM, fd.Model, key)
	case KindExistsThenCreate:
		fmt.Fprintf(&b, "%s: %s %s: checked for existence then created; concurrent callers can both pass the check and insert", fd.ORM, fd.Model, key)
	case KindPreloaded:
		fmt.Fprintf(&b, "%s: %s %s: rows loaded into a map (or a list scanned for the key), then created when missing from it; concurrent callers can both miss the key and insert", fd.ORM, fd.Model, key)
	default:
		fmt.Fprintf(&b, "%s: %s %s: looked up then created when not found; concurrent callers can both insert", fd.ORM, fd.Model, key)
	}
	if fd.Site != nil && fd.Site.AnyError {
		b.WriteString("; also, any lookup error (not only not-found) leads to the create")
	}
	if fd.Site != nil && fd.Site.FoundToo != "" {
		b.WriteString("; a found row also leads to the create when " + fd.Site.FoundToo)
	}
	if fd.Seeded {
		b.WriteString("; main runs it at start-up, before any goroutine, so the row is there before a concurrent caller in one process, not in several replicas starting at once (reported because of -replicas)")
	}
	if fd.Locked != "" {
		b.WriteString("; the in-process lock " + fd.Locked + " serializes the callers of one process only, not those of several replicas (reported because of -replicas)")
	}
	if fd.Fixable {
		b.WriteString("; fix: " + fd.Reason)
	} else {
		b.WriteString("; no fix: " + fd.Reason)
	}
	return b.String()
}

// modelName is the model's name as the user's package refers to it.
func modelName(pkg *types.Package, n *types.Named) string {
	return types.TypeString(n, func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	})
}

// cgoOutput reports whether f is a file that cmd/cgo produced from the
// user's source (its positions map back through //line directives).
func cgoOutput(f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if strings.Contains(c.Text, "Code generated by cmd/cgo") {
				return true
			}
		}
	}
	return false
}

// declName names the function declaration around pos: Name, or
// Recv.Name for a method ("" at package level).
func declName(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && pos >= fd.Pos() && pos <= fd.End() {
				return FuncName(fd)
			}
		}
	}
	return ""
}

// FuncName names a function declaration as findings do: Name, or
// Recv.Name for a method (Finding.Func).
func FuncName(fd *ast.FuncDecl) string {
	name := fd.Name.Name
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		t := fd.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		if ix, ok := t.(*ast.IndexExpr); ok {
			t = ix.X
		}
		if ix, ok := t.(*ast.IndexListExpr); ok {
			t = ix.X
		}
		if id, ok := t.(*ast.Ident); ok {
			name = id.Name + "." + name
		}
	}
	return name
}

// matchFiles runs the shape matcher over the package's files.
func matchFiles(pass *analysis.Pass, adapters []orm.Adapter, ef *effects) []*Finding {
	var findings []*Finding
	for _, f := range pass.Files {
		ig := newIgnores(pass.Fset, f)
		generated := ast.IsGenerated(f)
		for _, a := range adapters {
			m := &matcher{pass: pass, a: a, file: f, seen: map[*ast.CallExpr]bool{}, ef: ef}
			m.file1()
			m.genericSites()
			m.preloads()
			for _, fd := range m.found {
				if ig.suppressed(pass.Fset, fd) {
					continue
				}
				switch {
				case generated && cgoOutput(f):
					fd.Fixable = false
					fd.Reason = "the package uses cgo, so its files are analyzed as cgo output, which upsertfix does not edit; apply the fix by hand"
				case generated:
					fd.Fixable = false
					fd.Reason = "the file is generated (DO NOT EDIT); fix its generator"
				}
				fd.Message = message(fd)
				findings = append(findings, fd)
			}
		}
		for _, fd := range append(ig.bad, ig.unused()...) {
			fd.Message = fd.Reason
			findings = append(findings, fd)
		}
	}
	return findings
}
