package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// The fix of every site is one strategy, decided here: make the insert
// fail cleanly on a unique violation (GORM: inside a savepoint; ent and
// Prisma: caught by the generated error test) and, when it fails, go back
// to the lookup once. The caller that loses the race then finds the row
// and runs the found path exactly as if it had come second: its update,
// its "already exists" error, its created == false. The caller that wins
// runs the not-found path unchanged. This file decides whether a site can
// promise that.

var beforeHooks = []string{"BeforeSave", "BeforeCreate"}

// exportHooks exports a HookFact for each GORM before-insert hook declared
// in the package.
func exportHooks(pass *analysis.Pass, ef *effects) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || !isBeforeHook(fd.Name.Name) {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			why := ef.hookBody(fd)
			pass.ExportObjectFact(fn, &HookFact{Effect: why})
		}
	}
}

func isBeforeHook(name string) bool {
	for _, h := range beforeHooks {
		if name == h {
			return true
		}
	}
	return false
}

// hookBody judges a hook by what it writes: the record it is called on,
// and the database through the *gorm.DB it is given, which runs in the
// insert's transaction (the fix's savepoint rolls it back), are allowed;
// the database through any other handle (a package-level *gorm.DB) is not.
func (ef *effects) hookBody(fd *ast.FuncDecl) string {
	ef.hookDB = nil
	params := fd.Type.Params.List
	if len(params) == 1 && len(params[0].Names) == 1 && gormorm.IsDB(ef.info.TypeOf(params[0].Type)) {
		ef.hookDB = ef.info.Defs[params[0].Names[0]]
	}
	defer func() { ef.hookDB = nil }()
	why, ws := ef.judge(fd.Body)
	if why != "" {
		return why
	}
	for _, w := range ws {
		switch {
		case w.obj == nil:
			return "writes through " + w.what
		case isPkgVar(w.obj):
			return "writes the package variable " + qualifiedVar(w.obj)
		}
	}
	return ""
}

// gormHooks returns why model's before-insert hooks rule out a retry, or "".
func (m *matcher) gormHooks(model *types.Named) string {
	for _, h := range beforeHooks {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(model), true, model.Obj().Pkg(), h)
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		var fact HookFact
		if !m.pass.ImportObjectFact(fn, &fact) {
			return fmt.Sprintf("%s.%s is a hook upsertfix cannot read, and it runs again in the insert of the caller that loses the race", model.Obj().Name(), h)
		}
		if fact.Effect != "" {
			return fmt.Sprintf("%s.%s %s, and it runs again in the insert of the caller that loses the race", model.Obj().Name(), h, fact.Effect)
		}
	}
	return ""
}

func (m *matcher) hasBeforeHook(model *types.Named) bool {
	for _, h := range beforeHooks {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(model), true, model.Obj().Pkg(), h); obj != nil {
			return true
		}
	}
	return false
}

// stmtPos is a statement of a statement list: list[i], whose parent is
// a block, a case clause or a select clause.
type stmtPos struct {
	list   []ast.Stmt
	i      int
	parent ast.Node
}

// stmtsAround returns the statements that sit directly in a statement
// list and enclose n, innermost first.
func (m *matcher) stmtsAround(n ast.Node) []stmtPos {
	path, _ := astutil.PathEnclosingInterval(m.file, n.Pos(), n.End())
	var out []stmtPos
	for i := 0; i+1 < len(path); i++ {
		s, ok := path[i].(ast.Stmt)
		if !ok {
			continue
		}
		list := stmtList(path[i+1])
		for j, x := range list {
			if x == s {
				out = append(out, stmtPos{list, j, path[i+1]})
			}
		}
	}
	return out
}

// listAt returns the statement list that holds the statement around n, and
// that statement's index.
func (m *matcher) listAt(n ast.Node) ([]ast.Stmt, int) {
	if around := m.stmtsAround(n); len(around) > 0 {
		return around[0].list, around[0].i
	}
	return nil, 0
}

// labelStart returns the statement a retry goes back to: the lookup's
// statement stmts[i], or, when the lookup's destination is declared in
// the run of plain declarations just before it, that declaration, so that
// a second lookup starts from a fresh zero value.
//
// A SQL row held in a variable (row := db.QueryRow(...); row.Scan(&x))
// is read once: the label goes on the statement that queries it.
func (m *matcher) labelStart(stmts []ast.Stmt, i int, dest types.Object, model *types.Named) ast.Stmt {
	row := m.rowVar(stmts[i])
	used := m.recordRecvs(stmts[i], model) // a record whose method looks up (tm.MembershipExists(s))
	at := i
	info := m.pass.TypesInfo
	for j := i - 1; j >= 0; j-- {
		if !m.pureDecl(stmts[j]) {
			break
		}
		if dest != nil && declares(info, stmts[j], dest) || row != nil && declares(info, stmts[j], row) || declaresAny(info, stmts[j], used) {
			at = j
		}
	}
	return stmts[at]
}

// recordRecvs is the variables of s that are a row of model and the
// receiver of a method call (tm.MembershipExists(s), its key in tm's
// fields): the insert may write them (its id), so the retry starts at
// their declaration.
func (m *matcher) recordRecvs(s ast.Stmt, model *types.Named) map[types.Object]bool {
	recvs := map[types.Object]bool{}
	if model == nil {
		return recvs
	}
	info := m.pass.TypesInfo
	ast.Inspect(s, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok || info.Selections[sel] == nil || info.Selections[sel].Kind() != types.MethodVal {
			return true
		}
		if v, ok := info.Uses[id].(*types.Var); ok && sameModel(orm.StructOf(v.Type()), model) {
			recvs[v] = true
		}
		return true
	})
	return recvs
}

// declaresAny reports whether s declares one of vars.
func declaresAny(info *types.Info, s ast.Stmt, vars map[types.Object]bool) bool {
	for v := range vars {
		if declares(info, s, v) {
			return true
		}
	}
	return false
}

// rowVar returns the variable whose SQL row the lookup of s scans
// (row.Scan(&x)), or nil.
func (m *matcher) rowVar(s ast.Stmt) types.Object {
	var obj types.Object
	ast.Inspect(s, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || obj != nil {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		recv, name, ok := orm.Method(call)
		if !ok || name != "Scan" && name != "StructScan" {
			return true
		}
		if id, ok := ast.Unparen(recv).(*ast.Ident); ok && sqlorm.IsRow(m.pass.TypesInfo.TypeOf(id)) {
			obj = m.pass.TypesInfo.Uses[id]
		}
		return true
	})
	return obj
}

// pureDecl reports a declaration of new variables with pure values.
func (m *matcher) pureDecl(s ast.Stmt) bool {
	info := m.pass.TypesInfo
	switch s := s.(type) {
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		why, _ := m.ef.judge(s)
		return ok && gd.Tok == token.VAR && why == ""
	case *ast.AssignStmt:
		if why, _ := m.ef.judge(s); s.Tok != token.DEFINE || why != "" {
			return false
		}
		for _, l := range s.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || (id.Name != "_" && info.Defs[id] == nil) {
				return false
			}
		}
		return true
	}
	return false
}

func declares(info *types.Info, s ast.Stmt, obj types.Object) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Defs[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// funcOf returns the innermost function (declaration or literal) around pos.
func (m *matcher) funcOf(pos token.Pos) ast.Node {
	path, _ := astutil.PathEnclosingInterval(m.file, pos, pos)
	for _, p := range path {
		switch p.(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return p
		}
	}
	return nil
}

// retryable returns why the caller that loses the race could not be sent
// back to the lookup with the serial outcome kept, or "". It also plans
// the resets: variables declared above the label that the retried code
// changes get their value at the label again before going back.
func (m *matcher) retryable(fd *Finding) string {
	s := fd.Site
	if s.Label == nil {
		return "the lookup is not a statement of its own, so the fix has no place to go back to; assign its result in a statement (err := db....First(&x).Error), then run upsertfix again"
	}
	if m.funcOf(s.Label.Pos()) != m.funcOf(s.Create.Call.Pos()) {
		tc, why := m.txCallback(fd)
		if tc == nil {
			return why
		}
		s.TxCall = tc
	}
	if around := m.stmtsAround(s.Label); len(around) > 0 && !within(around[0].parent, s.Create.Call.Pos()) {
		if why := m.liftLabel(s, around); why != "" {
			return why
		}
	}
	if row := m.rowVar(s.Label); row != nil && (row.Pos() < s.Label.Pos() || row.Pos() > s.Label.End()) && !declares(m.pass.TypesInfo, s.Label, row) {
		return "the lookup scans a row queried in an earlier statement (" + row.Name() + "), which a second Scan cannot read again; query and scan in one statement (db.QueryRow(...).Scan(...)), or query the row right before its Scan, then run upsertfix again"
	}
	if s.Effect != "" {
		return "on the not-found path before the create, " + s.Effect + "; the caller that loses the race would run it too, which the serial run does not; move it after the create, then run upsertfix again"
	}
	// The lookup's own statement (and the declarations the label goes
	// on) run again too.
	// What they write they write again, before anything reads it: the
	// lookup assigns its error and result anew, and fills its
	// destination only when it finds the row, as the serial run does.
	writes := append([]write{}, s.writes...)
	for _, st := range m.labelRegion(s) {
		why, _ := m.ef.judgeExcept(st, s.Lookup.Call, s.Create.Call)
		if why != "" {
			p := m.pass.Fset.Position(st.Pos())
			return fmt.Sprintf("the lookup's statement (line %d) %s, and the caller that loses the race would run it again; move that call before the lookup's statement, then run upsertfix again", p.Line, why)
		}
	}
	// The create writes its record (timestamps, a key a hook sets), with
	// GORM only where the model has such fields or a hook.
	if rec := recordOf(s.Create.Arg); rec != nil && m.createWritesRecord(fd) {
		if w, ok := m.ef.writeOf(rec); ok && w.obj != nil {
			if _, isPtr := under(m.pass.TypesInfo.TypeOf(rec)).(*types.Pointer); isPtr {
				w.through = true
			}
			writes = append(writes, w)
		}
	}
	if why := m.planResets(fd, s, writes); why != "" {
		return why
	}
	if fd.ORM == "gorm" {
		if why := m.gormHooks(s.Lookup.Model); why != "" {
			return why
		}
		s.BeforeHooks = m.hasBeforeHook(s.Lookup.Model)
		s.ErrDropped = !m.errLeaves(s.Create.Call)
		s.NoTxRetry = s.ErrDropped || s.Lookup.Via != "" && s.Create.Via == "" && s.TxCall == nil
		if where := m.skipTx(); where != "" && s.Create.Via == "" {
			if what := multiStatementCreate(s.Create.Model); what != "" {
				return fmt.Sprintf("GORM is opened with SkipDefaultTransaction (%s), so the create, with %s, is more than one statement and not atomic, while the savepoint the fix needs (db.Transaction) would make it atomic, and change what a failed create leaves behind; create the record with one statement (Omit the association, create it after), or leave SkipDefaultTransaction off", where, what)
			}
		}
	}
	if fd.ORM == "ent" {
		if why := entorm.Hooks(m.pass.TypesInfo, m.pass.Files, s.Lookup.Model); why != "" {
			return why
		}
	}
	return ""
}

// createWritesRecord reports whether the create may change its record
// even when the insert fails: a GORM model with a creation or update
// time, a default: tag, a before-create hook or an association; any other
// ORM's.
func (m *matcher) createWritesRecord(fd *Finding) bool {
	model := fd.Site.Create.Model
	if fd.ORM != "gorm" || model == nil {
		return true
	}
	// Associations are saved with the record, and their keys written
	// into it, before a failed insert too (belongs-to rows go first).
	return len(gormorm.CreateWrites(model)) > 0 || m.hasBeforeHook(model) || !plainStruct(model, 0)
}

// liftLabel moves the label of a lookup inside a branch (if len(email) >
// 0 { if s.GetByEmail(email) != nil { return ... } }, then the create
// after the if) out to the statement of the create's block that holds
// it: a goto cannot jump into a block. Going back then runs the if
// statements' heads and the statements before the lookup in their
// branches again (Site.Lifted), which must be harmless like the rest of
// the retried code; their conditions read the same values, so the same
// branch is taken. Only if statements are lifted over: going back into a
// loop would start it again.
func (m *matcher) liftLabel(s *Site, around []stmtPos) string {
	const refused = "the lookup is inside a block (a branch) and the create after it, and a goto cannot jump into a block, so the caller that loses the race cannot be sent back to the lookup; move the lookup out of the block (before the if), then run upsertfix again"
	k := 0
	for k < len(around) && !within(around[k].parent, s.Create.Call.Pos()) {
		k++
	}
	if k == len(around) {
		return refused
	}
	var lifted []ast.Stmt
	for j := 0; j < k; j++ {
		lifted = append(lifted, around[j].list[:around[j].i]...)
		// around[j].parent is a block of the statement around[j+1] names
		is, ok := around[j+1].list[around[j+1].i].(*ast.IfStmt)
		if !ok || !m.inIfChain(is, around[j].parent) {
			return refused
		}
	}
	// the heads of the ifs inside the outermost (labelRegion adds its
	// own), and the lookup's statement up to its outcome's test
	for j := k - 1; j >= 0; j-- {
		switch st := around[j].list[around[j].i].(type) {
		case *ast.IfStmt:
			if st.Init != nil {
				lifted = append(lifted, st.Init)
			}
			lifted = append(lifted, &ast.ExprStmt{X: st.Cond})
		default:
			lifted = append(lifted, st)
		}
	}
	s.Label = around[k].list[around[k].i]
	s.Lifted = lifted
	return ""
}

// inIfChain reports whether block is a branch of the if statement is
// (its body, or the body of an else, else if included).
func (m *matcher) inIfChain(is *ast.IfStmt, block ast.Node) bool {
	for is != nil {
		if ast.Node(is.Body) == block {
			return true
		}
		switch e := is.Else.(type) {
		case *ast.BlockStmt:
			return ast.Node(e) == block
		case *ast.IfStmt:
			is = e
		default:
			return false
		}
	}
	return false
}

// labelRegion returns the statements from the label to the lookup's.
func (m *matcher) labelRegion(s *Site) []ast.Stmt {
	list, i := m.listAt(s.Label)
	if list == nil {
		return nil
	}
	end := m.lookupStmtEnd(s)
	var out []ast.Stmt
	for _, st := range list[i:] {
		if st.Pos() >= end {
			break
		}
		// Of a statement that also holds the create, only the part
		// that runs before the outcome is tested.
		switch x := st.(type) {
		case *ast.IfStmt:
			if x.Init != nil {
				out = append(out, x.Init)
			}
			out = append(out, &ast.ExprStmt{X: x.Cond})
			continue
		case *ast.SwitchStmt:
			if x.Init != nil {
				out = append(out, x.Init)
			}
			if x.Tag != nil {
				out = append(out, &ast.ExprStmt{X: x.Tag})
			}
			continue
		case *ast.LabeledStmt, *ast.ForStmt, *ast.RangeStmt, *ast.BlockStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			continue // the walk judged what runs before the create
		}
		out = append(out, st)
	}
	return append(out, s.Lifted...)
}

// planResets decides, for each variable the retried code writes that
// lives above the label, the value to give it again before going back,
// or why there is none.
func (m *matcher) planResets(fd *Finding, s *Site, writes []write) string {
	fn := m.funcOf(s.Label.Pos())
	seen := map[types.Object]bool{}
	for _, w := range writes {
		if w.obj == nil {
			return "the retried code writes through " + w.what + ", the result of a call, which a retry cannot undo; move that write after the create, then run upsertfix again"
		}
		if isPkgVar(w.obj) {
			return "the retried code writes the package variable " + qualifiedVar(w.obj) + ", which the serial run does not; move that write after the create, then run upsertfix again"
		}
		v, ok := w.obj.(*types.Var)
		if !ok || v.IsField() || seen[v] {
			continue
		}
		if v.Pos() >= s.Label.Pos() && within(fn, v.Pos()) {
			continue // declared in the retried code: fresh on a retry
		}
		seen[v] = true
		if !w.through && m.deadAtLabel(fn, s.Label, v) {
			continue // written again before it is read: going back needs no value
		}
		if w.through && m.snapshotable(s, v) && fd.Kind != KindFirstOrCreate {
			s.Resets = append(s.Resets, Reset{Var: v, Snapshot: true, Deref: true})
			continue
		}
		r, why := m.resetOf(fn, s.Label, v, w.through)
		if why != "" && !w.through && plainValue(v.Type(), 0) {
			// Its value at the label is not a constant, but a copy of a
			// plain value taken there gives it back exactly (a result
			// struct the function filled before the lookup).
			r, why = Reset{Var: v, Snapshot: true}, ""
		}
		if why != "" {
			return why
		}
		s.Resets = append(s.Resets, r)
	}
	return ""
}

// deadAtLabel reports whether v's value at the label is never read: the
// first statement from the label on, in its block, that mentions v
// assigns it without reading it (err declared before an if _, err :=
// lookup, then size, err = check(size)), and no function literal or
// naked return can read it in between.
func (m *matcher) deadAtLabel(fn ast.Node, label ast.Stmt, v *types.Var) bool {
	list, i := m.listAt(label)
	if list == nil || isResult(fn, v) || captured(m.pass.TypesInfo, fn, v) {
		return false
	}
	return deadAfter(m.pass.TypesInfo, v, list[i:])
}

// snapshotable reports whether the struct v points to, which the
// retried code writes, can be given its value at the label again by a
// copy taken there: a struct of plain values (no slice, map or pointer to
// another struct, through which a write would outlive the copy), v not
// assigned in the function, and the lookup reading one of its fields, so
// that v is not nil at the label (db.Where("code = ?", t.Code).First(t)).
func (m *matcher) snapshotable(s *Site, v *types.Var) bool {
	p, ok := types.Unalias(v.Type()).(*types.Pointer)
	if !ok || !plainStruct(p.Elem(), 0) {
		return false
	}
	info := m.pass.TypesInfo
	reassigned, deref := false, false
	ast.Inspect(m.funcOf(s.Label.Pos()), func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[id] == v {
					reassigned = true
				}
			}
		}
		return !reassigned
	})
	ast.Inspect(s.Lookup.Call, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == v {
				if _, field := info.Selections[sel]; field && info.Selections[sel].Kind() == types.FieldVal {
					deref = true
				}
			}
		}
		return !deref
	})
	return !reassigned && deref
}

// plainStruct reports a struct whose fields hold only values: basic
// types, times, pointers to basic types, byte slices and embedded plain
// structs (gorm.Model).
func plainStruct(t types.Type, depth int) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 3 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if !plainValue(st.Field(i).Type(), depth) {
			return false
		}
	}
	return true
}

func timeLike(t types.Type) bool {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
		case "time.Time", "gorm.io/gorm.DeletedAt", "database/sql.NullTime", "database/sql.NullString", "database/sql.NullInt64", "database/sql.NullBool", "database/sql.NullFloat64", "database/sql.NullInt32":
			return true
		}
	}
	return false
}

func plainValue(t types.Type, depth int) bool {
	if timeLike(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Struct); ok {
			return timeLike(u.Elem()) // *time.Time
		}
		return plainValue(u.Elem(), depth)
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Struct:
		return plainStruct(t, depth+1)
	}
	return false
}

func within(n ast.Node, p token.Pos) bool { return n != nil && n.Pos() <= p && p < n.End() }

// resetOf returns how to give v, which the retried code writes, its
// value at the label again: its declaration's constant value or its zero
// value, when nothing changes it between its declaration and the label.
func (m *matcher) resetOf(fn ast.Node, label ast.Stmt, v *types.Var, through bool) (Reset, string) {
	name := v.Name()
	keep := "; declare " + name + " just before the lookup (or give the changed value a new variable), then run upsertfix again"
	if through {
		switch under(v.Type()).(type) {
		case *types.Pointer, *types.Slice, *types.Map, *types.Interface, *types.Chan, *types.Signature:
			return Reset{}, "the retried code writes through " + name + ", which refers to memory outside it, so going back to the lookup could not undo the write" + keep
		}
	}
	var decl ast.Node
	var value ast.Expr
	ok := false
	switch {
	case isResult(fn, v):
		decl, ok = funcType(fn), true // a named result starts as its zero value
	case !within(fn, v.Pos()) || isParam(fn, v):
		return Reset{}, "the retried code changes " + name + ", which comes from outside the function, so going back to the lookup could not give it its first value again" + keep
	default:
		decl, value, ok = m.declValue(fn, v)
	}
	if !ok {
		return Reset{}, "the retried code changes " + name + ", whose value at the lookup is not a constant, so going back could not give it that value again" + keep
	}
	if m.writtenBetween(fn, v, decl.End(), label.Pos()) || m.loopBetween(fn, decl, label) {
		return Reset{}, "the retried code changes " + name + ", which may hold another value by the time the lookup runs, so going back could not give it that value again" + keep
	}
	return Reset{Var: v, Value: value}, ""
}

func funcType(fn ast.Node) *ast.FuncType {
	switch f := fn.(type) {
	case *ast.FuncDecl:
		return f.Type
	case *ast.FuncLit:
		return f.Type
	}
	return nil
}

// isResult reports a named result of fn.
func isResult(fn ast.Node, v *types.Var) bool {
	ft := funcType(fn)
	return ft != nil && ft.Results != nil && within(ft.Results, v.Pos())
}

func isParam(fn ast.Node, v *types.Var) bool {
	var ft *ast.FuncType
	switch f := fn.(type) {
	case *ast.FuncDecl:
		if f.Recv != nil && within(f.Recv, v.Pos()) {
			return true
		}
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	return ft != nil && within(ft, v.Pos())
}

// declValue returns the statement declaring v in fn and its initial
// value: a constant expression, nil for the zero value; ok is false for
// any other value.
func (m *matcher) declValue(fn ast.Node, v *types.Var) (ast.Node, ast.Expr, bool) {
	info := m.pass.TypesInfo
	var decl ast.Node
	var value ast.Expr
	ok := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if decl != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == v {
					decl, ok = n, true
					if len(n.Values) == len(n.Names) {
						value, ok = m.constValue(n.Values[i])
					} else if len(n.Values) > 0 {
						ok = false
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				return true
			}
			for i, l := range n.Lhs {
				if id, isID := l.(*ast.Ident); isID && info.Defs[id] == v {
					decl = n
					if len(n.Lhs) == len(n.Rhs) {
						value, ok = m.constValue(n.Rhs[i])
					}
				}
			}
		}
		return true
	})
	return decl, value, ok
}

// constValue returns x when it is a constant or nil, nil (the zero value)
// for an empty composite literal; ok is false otherwise.
func (m *matcher) constValue(x ast.Expr) (ast.Expr, bool) {
	tv, known := m.pass.TypesInfo.Types[x]
	switch {
	case known && (tv.Value != nil || tv.IsNil()):
		return x, true
	}
	if cl, ok := ast.Unparen(x).(*ast.CompositeLit); ok && len(cl.Elts) == 0 {
		return nil, true
	}
	return nil, false
}

// writtenBetween reports a write to v (or its address taken) between two
// positions of fn.
func (m *matcher) writtenBetween(fn ast.Node, v *types.Var, from, to token.Pos) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found || n == nil || n.End() <= from || n.Pos() >= to {
			return false
		}
		if st, ok := n.(ast.Stmt); ok && from <= st.Pos() && st.End() <= to {
			for _, o := range assigned(m.pass.TypesInfo, st) {
				if o == v {
					found = true
				}
			}
			_, ws := m.ef.judge(st)
			for _, w := range ws {
				if w.obj == v {
					found = true
				}
			}
			return false
		}
		return true
	})
	return found
}

// loopBetween reports a loop or function literal around the label that
// does not also hold the declaration: the label then runs more than once
// for one run of the declaration.
func (m *matcher) loopBetween(fn ast.Node, decl ast.Node, label ast.Stmt) bool {
	path, _ := astutil.PathEnclosingInterval(m.file, label.Pos(), label.End())
	for _, p := range path {
		if p == fn {
			return false
		}
		switch p.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			if !within(p, decl.Pos()) {
				return true
			}
		}
	}
	return false
}

// lookupStmtEnd returns the end of the statement holding the lookup.
func (m *matcher) lookupStmtEnd(s *Site) token.Pos {
	if list, i := m.listAt(s.Lookup.Call); list != nil {
		return list[i].End()
	}
	return s.Lookup.Call.End()
}

// recordOf returns x for &x, or the expression itself.
func recordOf(arg ast.Expr) ast.Expr {
	if arg == nil {
		return nil
	}
	arg = ast.Unparen(arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return arg
}

// retried reports whether the create call is already followed by a retry:
// a goto in the statement that holds it or in the next one, as upsertfix
// writes it. Such a create is the fix, not a race. For a site, before is
// its lookup: the goto must go back to a label at or before it, or the
// retry does not run that lookup again (another key's lookup guarding
// the same create was fixed, this one not).
func (m *matcher) retried(call *ast.CallExpr, before ...token.Pos) bool {
	for _, sp := range m.stmtsAround(call) {
		if _, isComm := sp.parent.(*ast.CommClause); isComm {
			continue
		}
		for _, st := range []ast.Stmt{sp.list[sp.i], nth(sp.list, sp.i+1)} {
			if g := gotoIn(st); g != nil && (len(before) == 0 || m.labelBefore(call, g.Label.Name, before[0])) {
				return true
			}
		}
	}
	return false
}

func nth(list []ast.Stmt, i int) ast.Stmt {
	if i < len(list) {
		return list[i]
	}
	return nil
}

// labelBefore reports whether the label name, in the function around
// call, labels a statement that starts at or before pos.
func (m *matcher) labelBefore(call *ast.CallExpr, name string, pos token.Pos) bool {
	// Labels belong to the function (declaration or literal) whose body
	// holds them; the create may sit in a literal inside it (the
	// savepoint's db.Transaction callback), so every enclosing function
	// is searched.
	path, _ := astutil.PathEnclosingInterval(m.file, call.Pos(), call.End())
	var fn ast.Node
	for _, p := range path {
		switch p.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			fn = p // the outermost wins
		}
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok && ls.Label.Name == name && ls.Pos() <= pos {
			found = true
		}
		return !found
	})
	return found
}

func gotoIn(s ast.Stmt) *ast.BranchStmt {
	if s == nil {
		return nil
	}
	var g *ast.BranchStmt
	ast.Inspect(s, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && g == nil {
			g = b
		}
		return g == nil
	})
	return g
}

func hasGoto(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}
