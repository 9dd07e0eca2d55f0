package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// rereads reports whether the code, where the create c failed, runs the
// lookup l again (photoprism's FirstOrCreateCamera):
//
//	if err := db.Where("slug = ?", s).First(&r).Error; err == nil {
//		return &r
//	} else if err := m.Create(); err == nil {
//		return m
//	} else if err := db.Where("slug = ?", s).First(&r).Error; err == nil {
//		return &r
//	}
//
// That is Django's get_or_create without the savepoint: when a unique
// key covers the lookup's, the caller that loses the race fails to
// insert and finds the winner's row on the second lookup. Not a finding
// (the code already handles the race), as a caught duplicate is not.
// Without such a key the insert does not fail, and both callers insert.
func (m *matcher) rereads(c *orm.Create, l *orm.Lookup) bool {
	if c == nil || c.Call == nil || l == nil || !m.uniqueLookup(l) {
		return false
	}
	if len(c.ViaRereads) > 0 && sameModel(c.Model, l.Model) && sameSet(c.ViaRereads, dedupe(l.Key)) {
		return true // the create function looks again itself
	}
	return m.lookupIn(m.failureOf(c), func(l2 *orm.Lookup) bool { return l2.Call != l.Call && sameLookup(l, l2) }) != nil
}

// rereadKey returns the key of a lookup of c's model, by a unique key,
// that the code runs where c failed (authorizer's AddOrgDomain: after a
// failed Create, GetOrgDomainByDomain(id)); nil when there is none. A
// create function that does so handles the race for its callers that
// look the row up by that key (CreateFact.Rereads).
func (m *matcher) rereadKey(c *orm.Create) []string {
	l := m.lookupIn(m.failureOf(c), func(l *orm.Lookup) bool { return sameModel(l.Model, c.Model) && m.uniqueLookup(l) })
	if l == nil {
		return nil
	}
	return dedupe(l.Key)
}

// lookupIn returns the first lookup in n (nil: none) that match accepts.
func (m *matcher) lookupIn(n ast.Node, match func(*orm.Lookup) bool) *orm.Lookup {
	if n == nil {
		return nil
	}
	var found *orm.Lookup
	ast.Inspect(n, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok && found == nil {
			if l := m.lookup(call); l != nil && match(l) {
				found = l
			}
		}
		return found == nil
	})
	return found
}

// failureOf returns the code that runs where create c failed: the
// failure branch of the if that holds it, or of the if after it; nil
// when there is none.
func (m *matcher) failureOf(c *orm.Create) ast.Node {
	if c == nil || c.Call == nil || m.file == nil {
		return nil
	}
	var failure ast.Node
	path, _ := astutil.PathEnclosingInterval(m.file, c.Call.Pos(), c.Call.End())
	for _, p := range path {
		if _, ok := p.(*ast.FuncLit); ok {
			break
		}
		ifs, ok := p.(*ast.IfStmt)
		if !ok {
			continue
		}
		if within(ifs.Init, c.Call.Pos()) || within(ifs.Cond, c.Call.Pos()) {
			failure = m.failureBranch(ifs)
		}
		break
	}
	if failure == nil {
		// err := <create>; if err != nil { ... }
		if list, i := m.listAt(c.Call); i+1 < len(list) {
			if ifs, ok := list[i+1].(*ast.IfStmt); ok && ifs.Init == nil {
				failure = m.failureBranch(ifs)
			}
		}
	}
	return failure
}

// failureBranch returns the branch of ifs taken when the error its
// condition tests is not nil: the else of `err == nil`, the body of
// `err != nil` (err, or x.Error), or nil.
func (m *matcher) failureBranch(ifs *ast.IfStmt) ast.Node {
	be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	x, y := be.X, be.Y
	if isNilIdent(x) {
		x, y = y, x
	}
	if !isNilIdent(y) || !types.Identical(m.pass.TypesInfo.TypeOf(x), types.Universe.Lookup("error").Type()) {
		return nil
	}
	switch be.Op {
	case token.EQL:
		if ifs.Else == nil {
			return nil
		}
		return ifs.Else
	case token.NEQ:
		return ifs.Body
	}
	return nil
}

func isNilIdent(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == "nil"
}

// sameLookup reports whether two lookups read one model by one key: the
// same key columns, or, where the key is not read, the same conditions
// written the same way.
func sameLookup(a, b *orm.Lookup) bool {
	if a.Model == nil || b.Model == nil || !types.Identical(a.Model, b.Model) {
		return false
	}
	if a.KeyErr == "" && b.KeyErr == "" && len(a.Key) > 0 {
		return sameSet(dedupe(a.Key), dedupe(b.Key))
	}
	ra, _, okA := orm.Method(a.Call)
	rb, _, okB := orm.Method(b.Call)
	return okA && okB && types.ExprString(ra) == types.ExprString(rb)
}

// uniqueLookup reports whether a unique key of l's model covers the
// columns l pins (a partial one only when l pins its condition).
func (m *matcher) uniqueLookup(l *orm.Lookup) bool {
	if l.KeyErr != "" || len(l.Key) == 0 || l.Model == nil {
		return false
	}
	for _, k := range m.a.UniqueKeys(m.pass.Fset, l.Model) {
		if (!k.Partial || pinsWhere(l, k)) && subset(k.Columns, dedupe(l.Key)) {
			return true
		}
	}
	return false
}
