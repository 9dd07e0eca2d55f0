package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
	"github.com/upsertfix/upsertfix/internal/xormorm"
)

// The fix makes the caller that loses the race run its lookup, and the
// code between the lookup and its insert, once more. That is harmless
// only for code that writes nothing the serial run would not write: this
// file decides what code writes, from what it does, not from where it
// lives.
//
// Every function of an analyzed package is summarized bottom-up as an
// EffectFact: an effect outside its parameters (a package variable, the
// database, I/O, a goroutine, a call upsertfix cannot see into), and the
// parameters it writes through. A caller maps the written parameters to
// its arguments: writing through a parameter that points at the caller's
// fresh local is no effect; at a package variable, it is one. Functions of
// packages that are not analyzed (the standard library, dependencies) are
// modelled one by one (effectmodel.go); anything else is an effect, which
// the user can declare pure with //upsertfix:pure.

// EffectFact summarizes what a function writes beyond its own locals.
type EffectFact struct {
	Effect string // an effect beyond its parameters, "" for none
	Writes []int  // parameters written through: -1 is the receiver
	// Calls are the function-typed parameters it calls (headscale's
	// Read(db, fn)): a call's effect includes what its arguments for
	// them do, judged where they are written (a function literal) or by
	// their own summary.
	Calls []int
}

// AFact implements analysis.Fact.
func (*EffectFact) AFact() {}

func (f *EffectFact) String() string {
	if f.Effect != "" {
		return "effect: " + f.Effect
	}
	return fmt.Sprintf("writes %v", f.Writes)
}

// PureFact marks an interface method, a function-typed variable or field,
// or a function that the user declared pure with //upsertfix:pure.
type PureFact struct{}

// AFact implements analysis.Fact.
func (*PureFact) AFact() {}

func (*PureFact) String() string { return "pure" }

// pureDirective is the comment that declares a function pure.
const pureDirective = "//upsertfix:pure"

// write is one write of a statement or expression: to obj (nil when the
// written location is reached through a call's result), directly (obj =
// v, obj.f = v for a struct value) or through a pointer, slice or map
// obj holds.
type write struct {
	obj     types.Object
	through bool
	what    string // the written expression, for messages
}

// effects judges code of one package.
type effects struct {
	pass     *analysis.Pass
	info     *types.Info
	adapters []orm.Adapter
	decls    map[*types.Func]*ast.FuncDecl
	memo     map[*types.Func]*EffectFact // nil while being computed (recursion: no effect)
	pure     map[string]bool             // qualified names declared pure in this package
	hookDB   types.Object                // while judging a GORM hook: its *gorm.DB parameter
	// While summarizing a function: its parameters, and the
	// function-typed ones it calls.
	params map[types.Object]int
	calls  []int
	// aliases are the package's variables that only name a function
	// (funcAliases), read once for exportEffects and exportAliases.
	aliases map[*types.Var]*types.Func
	// impls memoizes knownImpls.
	impls map[*types.Func]*EffectFact
}

func newEffects(pass *analysis.Pass, adapters []orm.Adapter) *effects {
	ef := &effects{pass: pass, info: pass.TypesInfo, adapters: adapters, decls: map[*types.Func]*ast.FuncDecl{}, memo: map[*types.Func]*EffectFact{}, pure: map[string]bool{}, impls: map[*types.Func]*EffectFact{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := ef.info.Defs[fd.Name].(*types.Func); ok {
					ef.decls[fn] = fd
				}
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if name, ok := strings.CutPrefix(c.Text, pureDirective+" "); ok {
					ef.pure[strings.TrimSpace(name)] = true
				}
			}
		}
	}
	ef.aliases = funcAliases(pass)
	return ef
}

// ExportEffectFacts is false only in the analysistest of detect, which
// expects a want comment for every fact; the effect summaries are tested
// through the golden cases.
var ExportEffectFacts = true

// exportEffects exports an EffectFact for every function of the package,
// and a PureFact for every declaration marked //upsertfix:pure.
func exportEffects(pass *analysis.Pass, ef *effects) {
	if !ExportEffectFacts {
		return
	}
	exportPure(pass)
	for fn := range ef.decls {
		if pass.Pkg != fn.Pkg() {
			continue
		}
		pass.ExportObjectFact(fn, ef.summary(fn))
	}
	for v, fn := range ef.aliases {
		if f := ef.summary(fn); f != nil {
			pass.ExportObjectFact(v, f)
		}
	}
}

// FuncAliasFact marks a package variable that only names a function
// (funcAliases): Pkg and Name are the function's.
type FuncAliasFact struct{ Pkg, Name string }

func (*FuncAliasFact) AFact()           {}
func (f *FuncAliasFact) String() string { return "alias of " + f.Pkg + "." + f.Name }

// exportAliases exports a FuncAliasFact for each of funcAliases.
func exportAliases(pass *analysis.Pass, ef *effects) {
	for v, fn := range ef.aliases {
		pass.ExportObjectFact(v, &FuncAliasFact{Pkg: fn.Pkg().Path(), Name: fn.Name()})
	}
}

// aliasedFunc returns the function a package variable only names
// (FuncAliasFact), or nil.
func aliasedFunc(pass *analysis.Pass, v *types.Var) *types.Func {
	var af FuncAliasFact
	if v == nil || v.Pkg() == nil || !pass.ImportObjectFact(v, &af) {
		return nil
	}
	var find func(p *types.Package, seen map[*types.Package]bool) *types.Func
	find = func(p *types.Package, seen map[*types.Package]bool) *types.Func {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == af.Pkg {
			fn, _ := p.Scope().Lookup(af.Name).(*types.Func)
			return fn
		}
		for _, imp := range p.Imports() {
			if fn := find(imp, seen); fn != nil {
				return fn
			}
		}
		return nil
	}
	return find(v.Pkg(), map[*types.Package]bool{})
}

// funcAliases returns the package's variables that only name a function
// (var WithStack = errors.WithStack, gin-admin's pkg/errors), declared so
// and assigned nowhere else in the package: a call of one is a call of
// that function. (Another package could assign an exported one; none
// does in the code upsertfix has read.)
func funcAliases(pass *analysis.Pass) map[*types.Var]*types.Func {
	info := pass.TypesInfo
	out := map[*types.Var]*types.Func{}
	assigned := map[types.Object]bool{}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id := identOf(l); id != nil {
						assigned[info.ObjectOf(id)] = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND { // &WithStack: written through
					if id := identOf(n.X); id != nil {
						assigned[info.ObjectOf(id)] = true
					}
				}
			}
			return true
		})
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := info.Defs[name].(*types.Var)
					if !ok || !isPkgVar(v) {
						continue
					}
					if fn, ok := orm.NameOf(info, vs.Values[i]).(*types.Func); ok && fn.Type().(*types.Signature).Recv() == nil {
						out[v] = fn
					}
				}
			}
		}
	}
	for v := range out {
		if assigned[v] {
			delete(out, v)
		}
	}
	return out
}

// exportPure exports a PureFact for each declaration whose doc comment
// holds //upsertfix:pure: functions, interface methods, function-typed
// fields and variables.
func exportPure(pass *analysis.Pass) {
	marked := func(groups ...*ast.CommentGroup) bool {
		for _, cg := range groups {
			if cg == nil {
				continue
			}
			for _, c := range cg.List {
				if strings.TrimSpace(c.Text) == pureDirective {
					return true
				}
			}
		}
		return false
	}
	export := func(id *ast.Ident) {
		if obj := pass.TypesInfo.Defs[id]; obj != nil && obj.Pkg() == pass.Pkg {
			pass.ExportObjectFact(obj, &PureFact{})
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if marked(n.Doc) {
					export(n.Name)
				}
			case *ast.Field:
				if marked(n.Doc, n.Comment) {
					for _, id := range n.Names {
						export(id)
					}
				}
			case *ast.GenDecl:
				for _, sp := range n.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok && marked(n.Doc, vs.Doc, vs.Comment) {
						for _, id := range vs.Names {
							export(id)
						}
					}
				}
			}
			return true
		})
	}
}

// summary returns fn's summary: computed from its body when it is
// declared in this package, imported, or modelled; nil when unknown.
func (ef *effects) summary(fn *types.Func) *EffectFact {
	fn = fn.Origin()
	if f, ok := ef.memo[fn]; ok {
		if f == nil {
			return &EffectFact{} // recursion: judged by the rest of the body
		}
		return f
	}
	if ef.declaredPure(fn) {
		return &EffectFact{}
	}
	// The model wins over the source: under go vet the standard library
	// is analyzed too, and errors.Is reaches an interface method.
	if m, ok := modelled(fn); ok {
		return m
	}
	d := ef.decls[fn]
	if d == nil {
		var f EffectFact
		if fn.Pkg() != nil && fn.Pkg() != ef.pass.Pkg && ef.pass.ImportObjectFact(fn, &f) {
			return &f
		}
		return nil
	}
	ef.memo[fn] = nil
	params := paramIndex(ef.info, d)
	outerParams, outerCalls := ef.params, ef.calls
	ef.params, ef.calls = params, nil
	why, ws := ef.judgeExcept(d.Body, scopedLocks(ef.info, d.Body)...)
	f := &EffectFact{Effect: why, Calls: ef.calls}
	ef.params, ef.calls = outerParams, outerCalls
	for _, w := range ws {
		if f.Effect != "" {
			break
		}
		switch {
		case w.obj == nil:
			f.Effect = "writes through " + w.what
		case isPkgVar(w.obj):
			f.Effect = "writes the package variable " + qualifiedVar(w.obj)
		case w.through:
			if i, ok := params[w.obj]; ok && !slices.Contains(f.Writes, i) {
				f.Writes = append(f.Writes, i)
			}
		}
	}
	if f.Effect != "" {
		f.Writes, f.Calls = nil, nil
	}
	slices.Sort(f.Writes)
	slices.Sort(f.Calls)
	ef.memo[fn] = f
	return f
}

// declaredPure reports a function marked //upsertfix:pure, here or in
// its own package, or named in a //upsertfix:pure <name> comment here.
func (ef *effects) declaredPure(obj types.Object) bool {
	if obj.Pkg() != nil && ef.pure[obj.Pkg().Path()+"."+objName(obj)] {
		return true
	}
	var f PureFact
	return ef.pass.ImportObjectFact(obj, &f)
}

// objName is Name, or Type.Name for a method.
func objName(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				return n.Obj().Name() + "." + fn.Name()
			}
		}
	}
	return obj.Name()
}

// paramIndex maps a function's parameters to their index, its receiver
// to -1.
func paramIndex(info *types.Info, d *ast.FuncDecl) map[types.Object]int {
	out := map[types.Object]int{}
	if d.Recv != nil {
		for _, f := range d.Recv.List {
			for _, id := range f.Names {
				out[info.Defs[id]] = -1
			}
		}
	}
	i := 0
	for _, f := range d.Type.Params.List {
		if len(f.Names) == 0 {
			i++
			continue
		}
		for _, id := range f.Names {
			out[info.Defs[id]] = i
			i++
		}
	}
	return out
}

// isPkgVar reports a package-level variable (a typed nil is none: callers
// pass the result of a failed type assertion).
func isPkgVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v != nil && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

func qualifiedVar(obj types.Object) string {
	return obj.Pkg().Name() + "." + obj.Name()
}

// judge returns the first effect in n ("" for none) and what n writes.
// Function literals are judged as if they ran.
func (ef *effects) judge(n ast.Node) (string, []write) { return ef.judgeExcept(n) }

// judgeExcept is judge, with the given calls (the lookup itself) taken as
// reads; their arguments are judged.
func (ef *effects) judgeExcept(n ast.Node, except ...*ast.CallExpr) (string, []write) {
	var why string
	var ws []write
	skip := map[*ast.CallExpr]bool{}
	for _, c := range except {
		if c != nil {
			skip[c] = true
			ef.skipChain(c, skip)
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if why != "" || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if w, ok := ef.writeOf(l); ok {
					ws = append(ws, w)
				}
			}
		case *ast.IncDecStmt:
			if w, ok := ef.writeOf(n.X); ok {
				ws = append(ws, w)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if w, ok := ef.writeOf(x); ok && x != nil {
						ws = append(ws, w)
					}
				}
			}
		case *ast.GoStmt:
			why = "starts a goroutine"
		case *ast.SendStmt:
			why = "sends on a channel"
		case *ast.SelectStmt:
			why = "waits on channels"
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				why = "receives from a channel"
			}
		case *ast.CallExpr:
			if skip[n] {
				return true
			}
			w, cws := ef.call(n, skip)
			why = w
			ws = append(ws, cws...)
		}
		return why == ""
	})
	return why, ws
}

// writeOf returns the write of an assignment to x.
func (ef *effects) writeOf(x ast.Expr) (write, bool) {
	if x == nil {
		return write{}, false
	}
	w := write{what: types.ExprString(x)}
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			if e.Name == "_" {
				return w, false
			}
			w.obj = ef.info.ObjectOf(e)
			return w, w.obj != nil
		case *ast.SelectorExpr:
			if _, isPkg := ef.info.Uses[identOf(e.X)].(*types.PkgName); isPkg {
				w.obj = ef.info.Uses[e.Sel]
				return w, w.obj != nil
			}
			if _, isPtr := under(ef.info.TypeOf(e.X)).(*types.Pointer); isPtr {
				w.through = true
			}
			x = e.X
		case *ast.IndexExpr:
			switch under(ef.info.TypeOf(e.X)).(type) {
			case *types.Slice, *types.Map, *types.Pointer:
				w.through = true
			}
			x = e.X
		case *ast.StarExpr:
			w.through = true
			x = e.X
		case *ast.CallExpr, *ast.CompositeLit:
			w.through = true
			return w, true // obj nil: through the result of a call
		default:
			return w, false
		}
	}
}

func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// argWrite returns the write of a callee that writes through the
// parameter given arg.
func (ef *effects) argWrite(arg ast.Expr) (write, bool) {
	arg = ast.Unparen(arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if _, lit := ast.Unparen(u.X).(*ast.CompositeLit); lit {
			return write{}, false // a fresh value
		}
		return ef.writeOf(u.X)
	}
	switch arg.(type) {
	case *ast.CompositeLit, *ast.BasicLit, *ast.FuncLit:
		return write{}, false
	case *ast.CallExpr:
		if tv, ok := ef.info.Types[arg.(*ast.CallExpr).Fun]; ok && tv.IsType() {
			return ef.argWrite(arg.(*ast.CallExpr).Args[0])
		}
		return write{}, false // a value the call made
	}
	if tv, ok := ef.info.Types[arg]; ok && tv.IsNil() {
		return write{}, false
	}
	w, ok := ef.writeOf(arg)
	w.through = true
	return w, ok
}

// call judges one call: its effect, and the writes through its arguments.
func (ef *effects) call(c *ast.CallExpr, skip map[*ast.CallExpr]bool) (string, []write) {
	info := ef.info
	if tv, ok := info.Types[c.Fun]; ok && tv.IsType() {
		return "", nil // a conversion
	}
	if why, ws, ok := ef.ormCall(c, skip); ok {
		return why, ws
	}
	fun := ast.Unparen(c.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok { // f[T](...)
		fun = ast.Unparen(ix.X)
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ast.Unparen(ix.X)
	}
	var id *ast.Ident
	var recv ast.Expr
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
		if sel := info.Selections[f]; sel != nil && sel.Kind() == types.MethodVal {
			recv = f.X
		}
	case *ast.FuncLit:
		return "", nil // its body is judged where it is written
	default:
		return "calls the result of " + types.ExprString(fun) + ", which upsertfix cannot see into", nil
	}
	switch obj := info.Uses[id].(type) {
	case *types.Builtin:
		return builtin(ef, obj.Name(), c)
	case *types.Var: // a function value
		if sig, ok := under(obj.Type()).(*types.Signature); ok && errorTest(sig) {
			return "", nil // an error test, such as Prisma's IsErrNotFound
		}
		if ef.declaredPure(obj) || isClock(obj.Type()) || isCancel(obj.Type()) || gormorm.IsScope(obj.Type()) || (obj.Pkg() != nil && generatedClient(obj.Pkg())) || ef.handleProvider(obj.Type()) {
			return "", nil
		}
		if i, ok := ef.params[obj]; ok && i >= 0 {
			ef.noteCall(i) // a parameter: its callers' arguments are judged
			return "", nil
		}
		if f := new(EffectFact); isPkgVar(obj) && ef.pass.ImportObjectFact(obj, f) {
			// a variable that only names a function (funcAliases)
			switch {
			case f.Effect != "":
				return "calls " + types.ExprString(fun) + ", which " + f.Effect, nil
			case len(f.Calls) > 0:
				return "calls " + types.ExprString(fun) + ", which calls a function it is given", nil
			}
			return "", ef.mapWrites(f, c, nil)
		}
		return "calls " + types.ExprString(fun) + ", a function value upsertfix cannot see into (mark its declaration " + pureDirective + " if it writes nothing)", nil
	case *types.Func:
		return ef.funcCall(c, fun, recv, obj)
	}
	return "calls " + types.ExprString(fun) + ", which upsertfix cannot see into", nil
}

// knownImpls judges the interface method m by its implementations in
// the libraries whose effects upsertfix models (soft-serve's db.Handler,
// which *sqlx.DB and *sqlx.Tx implement: Rebind reads), found among the
// packages this package and the interface's import. There must be some,
// each modelled as writing nothing beyond its arguments, all alike; an
// implementation of the module's own (perhaps a fake, the real one out
// of sight) makes the method unknown, as it was. Nil otherwise.
func (ef *effects) knownImpls(m *types.Func) *EffectFact {
	if f, ok := ef.impls[m]; ok {
		return f
	}
	ef.impls[m] = nil
	iface, ok := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface)
	if !ok || m.Pkg() == nil {
		return nil
	}
	pkgs := append(append([]*types.Package{ef.pass.Pkg}, ef.pass.Pkg.Imports()...), m.Pkg().Imports()...)
	seen := map[*types.Package]bool{}
	var found *EffectFact
	for _, p := range pkgs {
		if seen[p] {
			continue
		}
		seen[p] = true
		for _, name := range p.Scope().Names() {
			tn, ok := p.Scope().Lookup(name).(*types.TypeName)
			if !ok || types.IsInterface(tn.Type()) || tn.IsAlias() {
				continue
			}
			if n, named := tn.Type().(*types.Named); !named || n.TypeParams().Len() > 0 {
				continue
			}
			t := types.Type(types.NewPointer(tn.Type()))
			if !types.Implements(t, iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
			fn, ok := obj.(*types.Func)
			if !ok {
				return nil
			}
			f, modelledFn := modelled(fn)
			if !modelledFn || f.Effect != "" || found != nil && !slices.Equal(found.Writes, f.Writes) {
				return nil
			}
			found = f
		}
	}
	ef.impls[m] = found
	return found
}

// funcCall judges a call of a declared function or method obj (fun as
// written, recv its receiver when a method value).
func (ef *effects) funcCall(c *ast.CallExpr, fun, recv ast.Expr, obj *types.Func) (string, []write) {
	if obj.Pkg() == nil {
		return "", nil // error.Error
	}
	if classifiesError(obj) {
		return "", nil
	}
	if f := new(TxFuncFact); ef.pass.ImportObjectFact(obj, f) && f.Ctx && f.Callback < len(c.Args) {
		if _, lit := ast.Unparen(c.Args[f.Callback]).(*ast.FuncLit); lit {
			return "", nil // a transaction around the callback, judged where it is written
		}
	}
	if sig := obj.Type().(*types.Signature); sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		if ef.declaredPure(obj) {
			return "", nil
		}
		if m, ok := modelled(obj); ok && m.Effect == "" {
			return "", ef.mapWrites(m, c, recv)
		}
		if lf := new(LookupFact); ef.pass.ImportObjectFact(obj, lf) && lf.Pure {
			return "", nil // every implementation is a lookup that only reads
		}
		if ef.pass.ImportObjectFact(obj, new(ScopeFact)) {
			return "", nil // every implementation returns a scope (a query builder)
		}
		if ef.pass.ImportObjectFact(obj, new(ErrKindFact)) {
			return "", nil // every implementation only builds an error (WrapNotFoundErrf)
		}
		if m := ef.knownImpls(obj); m != nil {
			return "", ef.mapWrites(m, c, recv)
		}
		return "calls " + types.ExprString(fun) + ", an interface method upsertfix cannot see into (mark the method " + pureDirective + " if no implementation writes anything)", nil
	}
	if ef.hookDB != nil && obj.Pkg().Path() == "gorm.io/gorm" && chainRoot(ef.info, c) == ef.hookDB {
		return "", nil // in the insert's own transaction
	}
	f := ef.summary(obj)
	if f == nil {
		return "calls " + funcName(obj) + ", which upsertfix cannot see into (its package is not analyzed; add a " + pureDirective + " " + obj.Pkg().Path() + "." + objName(obj) + " comment if it writes nothing)", nil
	}
	if f.Effect != "" {
		return "calls " + funcName(obj) + ", which " + f.Effect, nil
	}
	if why := ef.calledArgs(f, c, obj); why != "" {
		return why, nil
	}
	return "", ef.mapWrites(f, c, recv)
}

// noteCall records that the function being summarized calls its
// function-typed parameter i.
func (ef *effects) noteCall(i int) {
	if !slices.Contains(ef.calls, i) {
		ef.calls = append(ef.calls, i)
	}
}

// calledArgs judges the arguments c gives to the function-typed
// parameters the callee calls: a function literal is judged where it is
// written, a function by its summary, a parameter of the function being
// summarized by its own callers; anything else is an effect.
func (ef *effects) calledArgs(f *EffectFact, c *ast.CallExpr, callee *types.Func) string {
	for _, i := range f.Calls {
		if i >= len(c.Args) || c.Ellipsis.IsValid() {
			return "calls " + funcName(callee) + ", which calls a function it is given that upsertfix cannot see"
		}
		arg := ast.Unparen(c.Args[i])
		if _, ok := arg.(*ast.FuncLit); ok {
			continue
		}
		var id *ast.Ident
		switch a := arg.(type) {
		case *ast.Ident:
			id = a
		case *ast.SelectorExpr:
			id = a.Sel
		}
		if id != nil {
			switch obj := ef.info.Uses[id].(type) {
			case *types.Func:
				if g := ef.summary(obj); g != nil && g.Effect == "" && len(g.Writes) == 0 && len(g.Calls) == 0 {
					continue
				}
			case *types.Var:
				if j, ok := ef.params[obj]; ok && j >= 0 {
					ef.noteCall(j)
					continue
				}
			}
		}
		return "calls " + funcName(callee) + ", which calls " + types.ExprString(arg) + ", a function value upsertfix cannot see into"
	}
	return ""
}

// mapWrites maps a callee's written parameters to the call's arguments.
func (ef *effects) mapWrites(f *EffectFact, c *ast.CallExpr, recv ast.Expr) []write {
	var ws []write
	for _, i := range f.Writes {
		switch {
		case i == -1 && recv != nil:
			if _, isPtr := under(ef.info.TypeOf(recv)).(*types.Pointer); isPtr || types.IsInterface(ef.info.TypeOf(recv)) {
				if w, ok := ef.argWrite(recv); ok {
					ws = append(ws, w)
				}
			} else if w, ok := ef.writeOf(recv); ok { // x.M() with a pointer receiver: &x
				ws = append(ws, w)
			}
		case i >= 0:
			args := c.Args
			if sig, ok := ef.info.TypeOf(c.Fun).(*types.Signature); ok && sig.Variadic() && i == sig.Params().Len()-1 {
				args = args[min(i, len(args)):]
			} else if i < len(args) {
				args = args[i : i+1]
			} else {
				args = nil
			}
			for _, a := range args {
				if w, ok := ef.argWrite(a); ok {
					ws = append(ws, w)
				}
			}
		}
	}
	return ws
}

// ormCall judges a call an adapter knows: a lookup reads (and writes its
// destination), a create writes the database. The calls of its chain are
// its own, not judged again; their arguments are.
func (ef *effects) ormCall(c *ast.CallExpr, skip map[*ast.CallExpr]bool) (string, []write, bool) {
	for _, a := range ef.adapters {
		if l := a.Lookup(ef.info, c); l != nil && l.Kind != orm.CreatingLookup {
			ef.skipChain(c, skip)
			var ws []write
			if l.Dest != nil {
				if w, ok := ef.argWrite(l.Dest); ok {
					ws = append(ws, w)
				}
			}
			if ef.hookDB != nil || !l.Updates {
				return "", ws, true
			}
		}
		if cr := a.Create(ef.info, c); cr != nil {
			if ef.hookDB != nil && chainRoot(ef.info, c) == ef.hookDB {
				ef.skipChain(c, skip)
				return "", nil, true // in the insert's own transaction
			}
			return "inserts a row of " + modelName(ef.pass.Pkg, cr.Model), nil, true
		}
	}
	for _, a := range ef.adapters {
		sa, ok := a.(sqlorm.Adapter)
		if !ok {
			continue
		}
		if verb, ok := sa.Writes(ef.info, c); ok {
			if verb == "" {
				return "", nil, true // a SELECT
			}
			return "writes to the database (SQL " + verb + ")", nil, true
		}
	}
	return "", nil, false
}

// skipChain marks the calls of c's receiver chain that belong to the ORM
// (GORM's builders, a generated client's) as part of c; a call of the
// module's own (r.reader()) stays to be judged.
func (ef *effects) skipChain(c *ast.CallExpr, skip map[*ast.CallExpr]bool) {
	for {
		se, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		inner, ok := ast.Unparen(se.X).(*ast.CallExpr)
		if !ok {
			return
		}
		fn := callee(ef.info, inner)
		if fn == nil || fn.Pkg() == nil || !(gormorm.IsPath(fn.Pkg().Path()) || xormorm.IsPath(fn.Pkg().Path()) || generatedClient(fn.Pkg())) {
			return
		}
		skip[inner] = true
		c = inner
	}
}

// chainRoot returns the variable a chain of method calls starts from.
func chainRoot(info *types.Info, c *ast.CallExpr) types.Object {
	var x ast.Expr = c
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			x = e.Fun
		case *ast.SelectorExpr:
			x = e.X
		case *ast.Ident:
			return info.Uses[e]
		default:
			return nil
		}
	}
}

// isCancel reports a context.CancelFunc (or CancelCauseFunc): it ends a
// context the function derived, which only the function's calls use.
func isCancel(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && (n.Obj().Name() == "CancelFunc" || n.Obj().Name() == "CancelCauseFunc")
}

// handleProvider reports a function value that hands out the data
// layer's handle (a repository's db func() *gorm.DB, a getter of the
// *sql.DB, given at most a context): what runs on the handle is judged
// where its methods are called, and handing it out changes no row.
func (ef *effects) handleProvider(t types.Type) bool {
	sig, ok := under(t).(*types.Signature)
	if !ok || sig.Results().Len() != 1 || sig.Params().Len() > 1 {
		return false
	}
	if sig.Params().Len() == 1 && !sqlorm.IsContext(sig.Params().At(0).Type()) {
		return false
	}
	rt := types.Unalias(sig.Results().At(0).Type())
	if p, ok := rt.(*types.Pointer); ok {
		rt = types.Unalias(p.Elem())
	}
	n, ok := rt.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	pkg := n.Obj().Pkg()
	if generatedClient(pkg) {
		return true
	}
	for _, a := range ef.adapters {
		if a.Triggers(pkg.Path()) {
			return true
		}
	}
	return false
}

// isClock reports a func() time.Time: an injected clock reads the time.
func isClock(t types.Type) bool {
	sig, ok := under(t).(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	n, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}

// builtin judges a call of a builtin.
func builtin(ef *effects, name string, c *ast.CallExpr) (string, []write) {
	switch name {
	case "copy", "delete", "clear":
		if len(c.Args) > 0 {
			if w, ok := ef.argWrite(c.Args[0]); ok {
				return "", []write{w}
			}
		}
	case "close":
		return "closes a channel", nil
	case "print", "println":
		return "prints to standard error", nil
	}
	return "", nil // append, len, make, new, panic, ...
}

func identOf(x ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(x).(*ast.Ident)
	return id
}

// assigned returns the variables a statement writes: the roots of its
// left-hand sides (u for u.Name = x), and what its calls receive by
// address.
func assigned(info *types.Info, s ast.Node) []types.Object {
	var out []types.Object
	add := func(x ast.Expr) {
		for {
			switch e := ast.Unparen(x).(type) {
			case *ast.SelectorExpr:
				x = e.X
				continue
			case *ast.IndexExpr:
				x = e.X
				continue
			case *ast.StarExpr:
				x = e.X
				continue
			case *ast.UnaryExpr:
				x = e.X
				continue
			case *ast.Ident:
				if o := info.ObjectOf(e); o != nil {
					out = append(out, o)
				}
			}
			return
		}
	}
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				add(l)
			}
		case *ast.IncDecStmt:
			add(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X)
			}
		}
		return true
	})
	return out
}

// classifiesError reports an error test, func(error) bool, such as ent's
// generated IsNotFound or Prisma's IsErrNotFound.
func classifiesError(fn *types.Func) bool { return errorTest(fn.Type().(*types.Signature)) }

func errorTest(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Bool && types.Identical(sig.Params().At(0).Type(), types.Universe.Lookup("error").Type())
}

// scopedLocks returns the Lock and Unlock calls of the sync mutexes that
// body takes and releases itself: mu.Lock() followed, in the same block,
// by defer mu.Unlock() or mu.Unlock() (RLock and RUnlock alike). A
// function that does so leaves the mutex as it found it, so a caller
// that runs it again (a retry going back) writes nothing by it. Only for
// a whole function's body: in the retried code of a caller, a lock whose
// release is deferred would still be held when the code goes back, and
// taking it again would deadlock.
func scopedLocks(info *types.Info, body *ast.BlockStmt) []*ast.CallExpr {
	var out []*ast.CallExpr
	lockCall := func(st ast.Stmt, defer_ bool) (*ast.CallExpr, string, string) {
		var c *ast.CallExpr
		switch st := st.(type) {
		case *ast.ExprStmt:
			if !defer_ {
				c, _ = st.X.(*ast.CallExpr)
			}
		case *ast.DeferStmt:
			if defer_ {
				c = st.Call
			}
		}
		if c == nil || len(c.Args) != 0 {
			return nil, "", ""
		}
		fn := callee(info, c)
		se, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if fn == nil || !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
			return nil, "", ""
		}
		recv := fn.Type().(*types.Signature).Recv()
		if recv == nil {
			return nil, "", ""
		}
		if n := orm.Named(recv.Type()); n == nil || (n.Obj().Name() != "Mutex" && n.Obj().Name() != "RWMutex") {
			return nil, "", ""
		}
		return c, fn.Name(), types.ExprString(se.X)
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // judged where it is called
		}
		b, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		for i, st := range b.List {
			lock, name, mu := lockCall(st, false)
			if lock == nil || (name != "Lock" && name != "RLock") {
				continue
			}
			for _, later := range b.List[i+1:] {
				unlock, uname, umu := lockCall(later, true)
				if unlock == nil {
					unlock, uname, umu = lockCall(later, false)
				}
				if unlock != nil && umu == mu && uname == map[string]string{"Lock": "Unlock", "RLock": "RUnlock"}[name] {
					out = append(out, lock, unlock)
					break
				}
			}
		}
		return true
	})
	return out
}
