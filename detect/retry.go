package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
)

// The fix of every site is one strategy, decided here: make the insert
// fail cleanly on a unique violation (GORM: inside a savepoint; ent and
// Prisma: caught by the generated error test) and, when it fails, go back
// to the lookup once. The caller that loses the race then finds the row
// and runs the found path exactly as if it had come second: its update,
// its "already exists" error, its created == false. The caller that wins
// runs the not-found path unchanged. This file decides whether a site can
// promise that.

// HookFact says whether a GORM model's BeforeCreate or BeforeSave hook
// (the fact's object) has an effect outside the record and the
// transaction it is given. Such a hook also runs in the insert that loses
// the race, before the insert fails.
type HookFact struct {
	Effect string // "" when the hook only sets fields or uses its *gorm.DB
}

// AFact implements analysis.Fact.
func (*HookFact) AFact() {}

func (f *HookFact) String() string {
	if f.Effect == "" {
		return "pure hook"
	}
	return "hook: " + f.Effect
}

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
			why := ef.hookBody(fd.Body.List)
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

// hookBody judges a hook: calls of *gorm.DB methods run in the insert's
// transaction, which the fix's savepoint rolls back, so they are allowed.
func (ef *effects) hookBody(list []ast.Stmt) string {
	ef.allow = func(fn *types.Func) bool {
		return fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), gormorm.Path)
	}
	defer func() { ef.allow = nil }()
	return ef.block(list)
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
func (m *matcher) labelStart(stmts []ast.Stmt, i int, dest types.Object) ast.Stmt {
	if dest == nil {
		return stmts[i]
	}
	for j := i - 1; j >= 0; j-- {
		if !m.pureDecl(stmts[j]) {
			break
		}
		if declares(m.pass.TypesInfo, stmts[j], dest) {
			return stmts[j]
		}
	}
	return stmts[i]
}

// pureDecl reports a declaration of new variables with pure values.
func (m *matcher) pureDecl(s ast.Stmt) bool {
	info := m.pass.TypesInfo
	switch s := s.(type) {
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		return ok && gd.Tok == token.VAR && m.ef.node(s) == ""
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE || m.ef.stmt(s) != "" {
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
// back to the lookup with the serial outcome kept, or "".
func (m *matcher) retryable(fd *Finding) string {
	s := fd.Site
	info := m.pass.TypesInfo
	if s.Label == nil {
		return "the lookup is not a statement of its own, so the fix has no place to go back to; assign its result in a statement (err := db....First(&x).Error), then run upsertfix again"
	}
	if m.funcOf(s.Label.Pos()) != m.funcOf(s.Create.Call.Pos()) {
		return "the create runs inside a function literal (such as a transaction callback) and the lookup outside it, so the caller that loses the race cannot be sent back to the lookup; move the lookup into the same function as the create, then run upsertfix again"
	}
	if s.Effect != "" {
		return "on the not-found path before the create, " + s.Effect + "; the caller that loses the race would run it too, which the serial run does not; move it after the create, then run upsertfix again"
	}
	for _, v := range s.Flags {
		if v.Pos() < s.Label.Pos() {
			return fmt.Sprintf("the not-found path sets %s, which then decides the create; %s is declared before the lookup, so a retry would keep it set and create again; declare %s just before the lookup, then run upsertfix again", v.Name(), v.Name(), v.Name())
		}
	}
	// The region a retry runs again must read what the first run read.
	region := token.Pos(0)
	if s.Binding != nil {
		region = m.lookupStmtEnd(s)
	}
	for _, obj := range s.Assigned {
		if obj.Pos() >= s.Label.Pos() && obj.Pos() < region {
			continue // declared in the region: fresh on a retry
		}
		if m.readsIn(s.Label.Pos(), region, obj) {
			return fmt.Sprintf("the not-found path changes %s, which the lookup reads, so a second lookup would not be the first one again; use a new variable for the changed value, then run upsertfix again", obj.Name())
		}
	}
	if fd.ORM == "gorm" {
		if why := m.gormHooks(s.Lookup.Model); why != "" {
			return why
		}
		dest := s.Binding.Dest
		if rec := m.obj(recordOf(s.Create.Arg)); rec != nil && rec == dest && dest.Pos() < s.Label.Pos() && m.hasBeforeHook(s.Lookup.Model) {
			return fmt.Sprintf("a before-insert hook of %s may set fields of %s, such as its primary key, which a second lookup into %s would then filter by; declare %s just before the lookup, then run upsertfix again", s.Lookup.Model.Obj().Name(), dest.Name(), dest.Name(), dest.Name())
		}
	}
	if fd.ORM == "ent" {
		if why := entorm.Hooks(info, m.pass.Files, s.Lookup.Model); why != "" {
			return why
		}
	}
	return ""
}

// lookupStmtEnd returns the end of the statement holding the lookup.
func (m *matcher) lookupStmtEnd(s *Site) token.Pos {
	if list, i := m.listAt(s.Lookup.Call); list != nil {
		return list[i].End()
	}
	return s.Lookup.Call.End()
}

// readsIn reports whether obj is used between from and to.
func (m *matcher) readsIn(from, to token.Pos, obj types.Object) bool {
	found := false
	for id, o := range m.pass.TypesInfo.Uses {
		if o == obj && id.Pos() >= from && id.Pos() < to {
			found = true
			break
		}
	}
	return found
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
// writes it. Such a create is the fix, not a race.
func (m *matcher) retried(call *ast.CallExpr) bool {
	for _, sp := range m.stmtsAround(call) {
		if _, isComm := sp.parent.(*ast.CommClause); isComm {
			continue
		}
		if hasGoto(sp.list[sp.i]) || (sp.i+1 < len(sp.list) && hasGoto(sp.list[sp.i+1])) {
			return true
		}
	}
	return false
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
