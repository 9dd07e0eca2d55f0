package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// Rows preloaded into a map, then the missing keys created (3x-ui's
// UpdateAllSetting):
//
//	var existing []*model.Setting
//	if err := tx.Find(&existing).Error; err != nil { return err }
//	byKey := make(map[string]*model.Setting, len(existing))
//	for _, st := range existing { byKey[st.Key] = st }
//	for _, field := range fields {
//		if st, ok := byKey[key]; ok { ...; continue }
//		if err := tx.Create(&model.Setting{Key: key, ...}).Error; err != nil {
//
// Two callers both load the rows, both miss the key and both insert: a
// get-or-create per key, written as a batch. It is reported (the key is
// the lookup's conditions and the map's key column) and not fixed: a
// retry would reload every row.
//
// The same holds for any layer's lookup of rows (xorm's Find, sqlx's
// Select), for rows indexed by position (for i := range rows { r :=
// rows[i]; byEmail[r.Email] = &r }) or loaded in chunks into a map
// declared before the loop, for a miss tested beside another condition
// (if u.ID == doer || seen[u.ID] { continue }), and for misses appended
// to a slice that is inserted in one batch after the loop (vikunja's
// unread statuses, 3x-ui's client records).
//
// A list scanned for the key instead of indexed is the same race (a
// repository's list, then a loop that sets a flag on a match, then a
// create when the flag is not set):
//
//	for _, m := range memberships {
//		if m.OrgID == orgID { already = true }
//	}
//	if !already { create }

// preloadReason is why such a site has no fix.
const preloadReason = "the rows are loaded once and each key missing from them is created in the loop, which a retry of one insert cannot go back to; create each missing row with a get-or-create of its own (or an INSERT ... ON CONFLICT DO NOTHING), then run upsertfix again"

// preloads reports, in every statement list of the file, a lookup of
// rows indexed into a map whose misses lead to a create of the model.
func (m *matcher) preloads() {
	ast.Inspect(m.file, func(n ast.Node) bool {
		stmts := stmtList(n)
		for i, s := range stmts {
			b := m.bind(s)
			if b == nil {
				m.preloadedCall(s, stmts[i+1:])
				continue
			}
			if b.Dest == nil || b.Lookup.Model == nil || b.Lookup.Updates {
				continue
			}
			// a lookup of rows (Find, a repository's list, ent's All)
			if b.Lookup.Kind == orm.RowsLookup || b.Lookup.Kind == orm.ValueLookup && sameModel(sliceElem(b.Dest.Type()), b.Lookup.Model) {
				m.preload(stmts[i+1:], b)
			}
		}
		return true
	})
}

func (m *matcher) preload(rest []ast.Stmt, b *orm.Binding) {
	l := b.Lookup
	idx, field := m.indexOf(rest, b.Dest)
	if idx == nil {
		// a list scanned for the key: the flag its loop sets
		if idx, field = m.flagOf(rest, b.Dest); idx == nil {
			m.scanReturn(rest, b)
			return
		}
	}
	c := m.missCreate(rest, idx, l.Model, l.Entity)
	if c == nil && idx.Pos() < l.Call.Pos() {
		// a map declared before the lookup, filled in a loop of
		// chunks: its misses are tested after that loop
		if fd := enclosingDecl(m.pass, l.Call.Pos()); fd != nil {
			c = m.missCreate(after(fd.Body.List, l.Call.End()), idx, l.Model, l.Entity)
		}
	}
	var key []string
	if l.KeyErr == "" {
		key = l.Key
	}
	m.reportPreload(l.Call, c, l.Model, key, field, preloadReason)
}

// reportPreload reports the preloaded-rows site of create c, at the call
// that loads the rows: its key is the lookup's (key) and the column of
// the row's field the misses are found by.
func (m *matcher) reportPreload(at *ast.CallExpr, c *orm.Create, model *types.Named, key []string, field, reason string) {
	if c == nil || m.seen[c.Call] {
		return
	}
	key = append([]string(nil), key...)
	for _, field := range strings.Split(field, ",") { // a composed key's fields (composedKey)
		col := gormorm.ColumnName(field) // the SQL layers' rows: their fields in snake case
		for name, f := range gormorm.Columns(model) {
			if f == field {
				col = name
			}
		}
		key = append(key, col)
	}
	m.seen[c.Call] = true
	m.found = append(m.found, &Finding{Pos: at.Pos(), End: at.End(), ORM: m.a.Name(), Model: modelName(m.pass.Pkg, model),
		Key: dedupe(key), Kind: KindPreloaded, Reason: reason})
}

// indexOf finds, among stmts, a range over rows whose body indexes each
// row in a map by one of its fields (byKey[st.Key] = st); it returns the
// map and the field.
func (m *matcher) indexOf(stmts []ast.Stmt, rows types.Object) (types.Object, string) {
	info := m.pass.TypesInfo
	for _, s := range stmts {
		rs, ok := s.(*ast.RangeStmt)
		if !ok || m.obj(rs.X) != rows || rs.Value == nil && rs.Key == nil {
			continue
		}
		var row types.Object
		if rs.Value != nil {
			row = m.obj(rs.Value)
		}
		keys := map[types.Object]string{} // key := fmt.Sprintf("%s:%s", r.A, r.B): "A,B"
		for _, st := range rs.Body.List {
			if k, fields := m.composedKey(st, row); k != nil {
				keys[k] = fields
				continue
			}
			as, ok := st.(*ast.AssignStmt)
			if ok && row == nil && rs.Key != nil && as.Tok == token.DEFINE && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
				// r := rows[i]
				if ix, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr); ok && m.obj(ix.X) == rows && m.obj(ix.Index) == m.obj(rs.Key) {
					row = m.obj(as.Lhs[0])
				}
				continue
			}
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 {
				continue
			}
			ix, ok := as.Lhs[0].(*ast.IndexExpr)
			if !ok {
				continue
			}
			if _, isMap := info.TypeOf(ix.X).Underlying().(*types.Map); !isMap {
				continue
			}
			key := ast.Unparen(ix.Index)
			if star, ok := key.(*ast.StarExpr); ok {
				key = ast.Unparen(star.X) // byID[*u.LdapID] = u
			}
			if sel, ok := key.(*ast.SelectorExpr); ok && row != nil && m.obj(sel.X) == row {
				if mv := m.obj(ix.X); mv != nil {
					return mv, sel.Sel.Name
				}
			}
			fields, ok := keys[m.obj(key)]
			if lit, isLit := key.(*ast.CompositeLit); isLit {
				fields, ok = m.litKey(lit, row)
			}
			if ok {
				if mv := m.obj(ix.X); mv != nil {
					return mv, fields
				}
			}
		}
	}
	return nil, ""
}

// litKey reads a map key written as a struct of the row's fields
// (alreadyScheduled[dest{ServiceID: r.ServiceID.UUID, ChannelID:
// r.ChannelID.UUID}], goalert's signal manager): the fields, joined by
// commas.
func (m *matcher) litKey(lit *ast.CompositeLit, row types.Object) (string, bool) {
	var fields []string
	for _, e := range lit.Elts {
		v := e
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			v = kv.Value
		}
		f := rowFieldOf(m, v, row)
		if f == "" {
			return "", false
		}
		fields = append(fields, f)
	}
	return strings.Join(fields, ","), row != nil && len(fields) > 0
}

// rowFieldOf returns F for row.F, or row.F.X (a wrapper's value:
// r.ServiceID.UUID), or "".
func rowFieldOf(m *matcher, e ast.Expr, row types.Object) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	for ok {
		if inner, isSel := ast.Unparen(sel.X).(*ast.SelectorExpr); isSel {
			sel = inner
			continue
		}
		if m.obj(sel.X) == row {
			return sel.Sel.Name
		}
		break
	}
	return ""
}

// composedKey reads key := fmt.Sprintf("%s:%s", r.A, r.B), a map key
// composed of fields of the row r (Apache Answer's LinkQuestion): the
// key and the fields, joined by commas.
func (m *matcher) composedKey(st ast.Stmt, row types.Object) (types.Object, string) {
	as, ok := st.(*ast.AssignStmt)
	if !ok || row == nil || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil, ""
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 3 {
		return nil, ""
	}
	if fn := callee(m.pass.TypesInfo, call); fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" {
		return nil, ""
	}
	var fields []string
	for _, a := range call.Args[1:] {
		sel, ok := ast.Unparen(a).(*ast.SelectorExpr)
		if !ok || m.obj(sel.X) != row {
			return nil, ""
		}
		fields = append(fields, sel.Sel.Name)
	}
	return m.obj(as.Lhs[0]), strings.Join(fields, ",")
}

// flagOf finds, among stmts, a range over rows whose body sets a bool
// to true under a test of a field of the row (if m.OrgID == org {
// already = true }); it returns the bool and the field. The flag is
// then a hit, as a map's ok is.
func (m *matcher) flagOf(stmts []ast.Stmt, rows types.Object) (types.Object, string) {
	var flag types.Object
	field := ""
	ast.Inspect(&ast.BlockStmt{List: stmts}, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if flag != nil || !ok {
			return flag == nil
		}
		if m.obj(rs.X) != rows || rs.Value == nil {
			return true
		}
		row := m.obj(rs.Value)
		for _, st := range rs.Body.List {
			is, ok := st.(*ast.IfStmt)
			if !ok || is.Init != nil || is.Else != nil {
				continue
			}
			f := rowField(m, is.Cond, row)
			if f == "" {
				continue
			}
			for _, bs := range is.Body.List {
				as, ok := bs.(*ast.AssignStmt)
				if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN {
					continue
				}
				if id, ok := ast.Unparen(as.Rhs[0]).(*ast.Ident); ok && id.Name == "true" {
					if v := m.obj(as.Lhs[0]); v != nil && isBool(v.Type()) && v.Pos() < rs.Pos() {
						flag, field = v, f
					}
				}
			}
		}
		return flag == nil
	})
	return flag, field
}

// scanReturn reports a list scanned by a loop that returns the row that
// matches, followed by a create of the model (ech0's CreateTag):
//
//	existing, err := repo.GetTagsByNames(ctx, []string{name})
//	...
//	for _, t := range existing {
//		if t != nil && t.Name == name {
//			return t, nil
//		}
//	}
//	repo.CreateTag(ctx, &Tag{Name: name})
//
// The create runs only when no row matched: a get-or-create whose found
// test is the loop, which the fix cannot send the loser back to.
func (m *matcher) scanReturn(rest []ast.Stmt, b *orm.Binding) {
	l := b.Lookup
	for i, s := range rest {
		rs, ok := s.(*ast.RangeStmt)
		if !ok || m.obj(rs.X) != b.Dest || rs.Value == nil {
			continue
		}
		row := m.obj(rs.Value)
		field := ""
		for _, st := range rs.Body.List {
			is, ok := st.(*ast.IfStmt)
			if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) == 0 {
				continue
			}
			if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ret {
				continue
			}
			for _, c := range conjuncts(is.Cond) {
				// a row of the key, not any row with an attribute
				// (if m.Role == RoleAdmin { return nil })
				if f := rowField(m, c, row); f != "" && !comparesConst(m.pass.TypesInfo, c) {
					field = f
				}
			}
		}
		if field == "" {
			return
		}
		c := m.createIn(&ast.BlockStmt{List: rest[i+1:]}, l.Model, l.Entity)
		var key []string
		if l.KeyErr == "" {
			key = l.Key
		}
		m.reportPreload(l.Call, c, l.Model, key, field, scanReason)
		return
	}
}

// scanReason is why a scanned list's site has no fix.
const scanReason = "the row is found by a loop over the rows the lookup returns, not by a test of the lookup's result, so the fix has no found test to send the caller that loses the race back to; look the row up by its key (a First, or a getter of one row), then run upsertfix again"

// comparesConst reports an equality one of whose operands is a constant.
func comparesConst(info *types.Info, e ast.Expr) bool {
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	return ok && (info.Types[be.X].Value != nil || info.Types[be.Y].Value != nil)
}

// conjuncts splits a && b && c into its operands.
func conjuncts(e ast.Expr) []ast.Expr {
	if be, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && be.Op == token.LAND {
		return append(conjuncts(be.X), conjuncts(be.Y)...)
	}
	return []ast.Expr{e}
}

// rowField returns the field of row an equality cond compares
// (m.OrgID == org, m.OrgID.String() == id, id == m.OrgID), or "".
func rowField(m *matcher, cond ast.Expr, row types.Object) string {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL {
		return ""
	}
	for _, x := range []ast.Expr{be.X, be.Y} {
		x = ast.Unparen(x)
		if c, ok := x.(*ast.CallExpr); ok && len(c.Args) == 0 {
			if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
				x = sel.X // m.OrgID.String()
			}
		}
		if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok && m.obj(sel.X) == row {
			return sel.Sel.Name
		}
	}
	return ""
}

// missCreate returns a create of model that stmts reach when the map idx
// misses a key: in the branch of an if that tests the key's absence
// (!ok, m[k] == nil, id == 0), in the else of one that tests its
// presence, or after one whose presence branch continues or returns.
//
// entity, for rows of a domain type built from the ORM's (a repository's
// []*biz.Membership), is the ORM's model the create may name instead.
func (m *matcher) missCreate(stmts []ast.Stmt, idx types.Object, model *types.Named, entity string) *orm.Create {
	lk := &mapLookups{m: m, idx: idx, oks: map[types.Object]bool{}, vals: map[types.Object]bool{}}
	if isBool(idx.Type()) {
		lk.oks[idx] = true // a flag set on a match (flagOf)
	}
	var found *orm.Create
	var visit func(list []ast.Stmt)
	visit = func(list []ast.Stmt) {
		for j, s := range list {
			if found != nil {
				return
			}
			lk.note(s)
			if is, ok := s.(*ast.IfStmt); ok {
				lk.note(is.Init)
				if missTrue, ok := lk.cond(is.Cond); ok {
					var miss ast.Node
					switch {
					case missTrue:
						miss = is.Body
					case is.Else != nil:
						miss = is.Else
					case len(is.Body.List) > 0 && leaves(is.Body.List[len(is.Body.List)-1]):
						miss = &ast.BlockStmt{List: list[j+1:]}
					}
					if miss != nil {
						if found = m.createIn(miss, model, entity); found == nil {
							found = m.batchOf(miss, model, stmts)
						}
					}
					continue
				}
			}
			ast.Inspect(s, func(n ast.Node) bool {
				if found == nil {
					if inner := stmtList(n); inner != nil {
						visit(inner)
						return false
					}
				}
				return found == nil
			})
		}
	}
	visit(stmts)
	return found
}

// batchOf returns the create, among stmts (and the statements after
// them in the function), of a slice that miss appends rows of model to
// (toCreate = append(toCreate, row)): the misses inserted in one batch
// after the loop.
func (m *matcher) batchOf(miss ast.Node, model *types.Named, stmts []ast.Stmt) *orm.Create {
	var slice *types.Var
	ast.Inspect(miss, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || slice != nil || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return slice == nil
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, isIdent := ast.Unparen(call.Fun).(*ast.Ident); isIdent && id.Name == "append" && len(call.Args) > 1 {
			if v, isVar := m.obj(as.Lhs[0]).(*types.Var); isVar && v == m.obj(call.Args[0]) && sameModel(sliceElem(v.Type()), model) {
				slice = v
			}
		}
		return slice == nil
	})
	if slice == nil {
		return nil
	}
	list := stmts
	if fd := enclosingDecl(m.pass, miss.Pos()); fd != nil {
		list = after(fd.Body.List, miss.End())
	}
	var found *orm.Create
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found != nil {
				return found == nil
			}
			c := m.ormCreate(call)
			if c == nil {
				c = gormorm.BatchCreate(m.pass.TypesInfo, call)
			}
			if c != nil && !c.Atomic && sameModel(c.Model, model) && mentions(m.pass.TypesInfo, call, slice) {
				found = c
			}
			return found == nil
		})
	}
	return found
}

// sliceElem returns T of []T or []*T, or nil.
func sliceElem(t types.Type) *types.Named {
	if sl, ok := t.Underlying().(*types.Slice); ok {
		return orm.StructOf(sl.Elem())
	}
	return nil
}

// after returns the statements of list, or of the blocks inside them,
// that begin after pos: the rest of a function after a position in it.
func after(list []ast.Stmt, pos token.Pos) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range list {
		switch {
		case st.Pos() >= pos:
			out = append(out, st)
		case st.End() > pos:
			ast.Inspect(st, func(n ast.Node) bool {
				if inner := stmtList(n); inner != nil {
					out = append(out, after(inner, pos)...)
					return false
				}
				return true
			})
		}
	}
	return out
}

// createIn returns the first create of model in n, direct or through a
// summarized function.
func (m *matcher) createIn(n ast.Node, model *types.Named, entity string) *orm.Create {
	var found *orm.Create
	ast.Inspect(n, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok && found == nil {
			if c := m.ormCreate(call); c != nil && (sameModel(c.Model, model) || entity != "" && qualified(c.Model) == entity) && !c.Atomic {
				found = c
			} else if c := m.viaCreate(call, model, entity); c != nil {
				found = c
			}
		}
		return found == nil
	})
	return found
}

// mapLookups follows the variables a map's lookups assign (st, ok :=
// byKey[k]; id := byLevel[l]) and reads tests of them.
type mapLookups struct {
	m         *matcher
	idx       types.Object
	oks, vals map[types.Object]bool
}

// note records the variables s assigns from an index of the map.
func (lk *mapLookups) note(s ast.Stmt) {
	as, ok := s.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || !lk.isIndex(as.Rhs[0]) {
		return
	}
	if v := lk.m.obj(as.Lhs[0]); v != nil {
		lk.vals[v] = true
	}
	if len(as.Lhs) == 2 {
		if v := lk.m.obj(as.Lhs[1]); v != nil {
			lk.oks[v] = true
		}
	}
}

func (lk *mapLookups) isIndex(e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	return ok && lk.m.obj(ix.X) == lk.idx
}

// cond reads a test of the map's lookup: missTrue when it holds on a
// miss (!ok, v == nil, id == 0, !seen[k]); ok is false for any other
// condition.
func (lk *mapLookups) cond(e ast.Expr) (missTrue, ok bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			miss, ok := lk.cond(e.X)
			return !miss, ok
		}
	case *ast.Ident:
		v := lk.m.obj(e)
		if lk.oks[v] || lk.vals[v] && isBool(v.Type()) {
			return false, true // ok, seen: a hit
		}
	case *ast.IndexExpr:
		if lk.isIndex(e) && isBool(lk.m.pass.TypesInfo.TypeOf(e)) {
			return false, true
		}
	case *ast.BinaryExpr:
		if e.Op == token.LOR || e.Op == token.LAND {
			// a miss tested beside another condition: a || hit is
			// false only on a miss, a && miss true only on one
			mx, okx := lk.cond(e.X)
			my, oky := lk.cond(e.Y)
			if okx == oky {
				return false, false
			}
			miss := mx
			if oky {
				miss = my
			}
			if miss == (e.Op == token.LAND) {
				return miss, true
			}
			return false, false
		}
		x := ast.Unparen(e.X)
		if sel, ok := x.(*ast.SelectorExpr); ok && (sel.Sel.Name == "ID" || sel.Sel.Name == "Id") && lk.vals[lk.m.obj(sel.X)] {
			x = sel.X // row := byID[k]; row.ID == "": the zero row of a miss
		}
		if !lk.isIndex(x) && !lk.vals[lk.m.obj(x)] {
			return false, false
		}
		tv := lk.m.pass.TypesInfo.Types[e.Y]
		zero := tv.IsNil() || tv.Value != nil && (tv.Value.String() == "0" || tv.Value.String() == `""`)
		if !zero {
			return false, false
		}
		switch e.Op {
		case token.EQL, token.LEQ:
			return true, true
		case token.NEQ, token.GTR:
			return false, true
		}
	}
	return false, false
}

// PreloadFact marks a function that loads rows and returns them indexed
// in a map (pocket-id's loadLDAPUsersInDB returns users by LDAP id): its
// callers' misses of that map are the preloaded-rows race.
type PreloadFact struct {
	ORM    string
	Model  string
	Result int    // the index of the map among the results
	Field  string // the row's field the map is keyed by
	Key    []string
}

// AFact implements analysis.Fact.
func (*PreloadFact) AFact() {}

func (f *PreloadFact) String() string {
	return fmt.Sprintf("rows of %s indexed by %s, in result %d", f.Model, f.Field, f.Result)
}

// summarizePreloads exports a PreloadFact for each function of the
// package that returns a map it indexed the rows of its lookup into.
func summarizePreloads(pass *analysis.Pass, a orm.Adapter) {
	for fd, fn := range funcs(pass, false) {
		m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), seen: map[*ast.CallExpr]bool{}}
		stmts := fd.Body.List
		for i, st := range stmts {
			b := m.bind(st)
			if b == nil || b.Dest == nil || b.Lookup.Model == nil || b.Lookup.Updates || b.Lookup.Kind != orm.RowsLookup {
				continue
			}
			idx, field := m.indexOf(stmts[i+1:], b.Dest)
			if idx == nil {
				continue
			}
			if k := resultIndex(pass.TypesInfo, fd, idx); k >= 0 {
				var key []string
				if b.Lookup.KeyErr == "" {
					key = b.Lookup.Key
				}
				pass.ExportObjectFact(fn, &PreloadFact{ORM: a.Name(), Model: qualified(b.Lookup.Model), Result: k, Field: field, Key: key})
			}
			break
		}
	}
}

// resultIndex returns the index of the result every return of fd gives
// v in (or v's, a named result's, with a bare return); -1 when not.
func resultIndex(info *types.Info, fd *ast.FuncDecl, v types.Object) int {
	k := -1
	if fd.Type.Results != nil {
		i := 0
		for _, field := range fd.Type.Results.List {
			for _, name := range field.Names {
				if info.Defs[name] == v {
					k = i
				}
				i++
			}
			if len(field.Names) == 0 {
				i++
			}
		}
	}
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		r, isRet := n.(*ast.ReturnStmt)
		if !isRet || !ok {
			return ok
		}
		if len(r.Results) == 0 {
			ok = k >= 0
			return false
		}
		found := -1
		for i, x := range r.Results {
			if id, isIdent := ast.Unparen(x).(*ast.Ident); isIdent && info.Uses[id] == v {
				found = i
			}
		}
		switch {
		case found >= 0 && (k < 0 || found == k):
			k = found
		case found < 0 && isErrReturn(info, r):
			// an error return: the map is nil there
		default:
			ok = false
		}
		return false
	})
	if !ok {
		return -1
	}
	return k
}

// isErrReturn reports a return whose last result is a non-nil error.
func isErrReturn(info *types.Info, r *ast.ReturnStmt) bool {
	if len(r.Results) == 0 {
		return false
	}
	tv := info.Types[r.Results[len(r.Results)-1]]
	return !tv.IsNil() && tv.Type != nil && types.Implements(tv.Type, errorType)
}

// preloadedCall reports a call of a function with a PreloadFact whose
// map result the statement assigns: a preloaded-rows lookup, through it.
func (m *matcher) preloadedCall(st ast.Stmt, rest []ast.Stmt) {
	as, ok := st.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	fn := callee(m.pass.TypesInfo, call)
	var f PreloadFact
	if fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() || f.Result >= len(as.Lhs) {
		return
	}
	idx := m.obj(as.Lhs[f.Result])
	model := findModel(m.pass.Pkg, f.Model, map[*types.Package]bool{})
	if idx == nil || model == nil {
		return
	}
	m.reportPreload(call, m.missCreate(rest, idx, model, ""), model, f.Key, f.Field, preloadReason)
}
