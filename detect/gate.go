package detect

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// gate decides whether a finding can be fixed: the looked-up columns must
// be exactly one unique key of the model, usable as a conflict target.
func (m *matcher) gate(fd *Finding) {
	s := fd.Site
	l := s.Lookup
	no := func(why string) { fd.Fixable, fd.Reason = false, why }
	if fd.Kind == KindFirstOrInit {
		if s.Create.Method == "Save" {
			no("Save also updates a row that was found; write the intended upsert by hand (clause.OnConflict with the columns to update)")
		} else {
			no("the create also runs when FirstOrInit found the row; guard it with a zero primary-key test (if x.ID == 0), then run upsertfix again")
		}
		return
	}
	if s.Create.Batch {
		fd.Key = dedupe(l.Key)
		no("the create inserts several rows at once, so one caller's conflict on one key fails the whole batch; create the missing rows one by one (each a get-or-create), then run upsertfix again")
		return
	}
	key, seed, why := m.lookupKey(fd)
	if why != "" {
		no(why)
		return
	}
	fd.Key = key
	match := m.matchKey(fd, key)
	if why := m.keyRefusal(fd, key, match); why != "" {
		no(why)
		return
	}
	if s.ConflictFails {
		// both paths fail, and the unique key makes the insert fail:
		// the code's answer to the violation stands for the found path
		fd.handled = true
		return
	}
	// (what the functions the lookup and the create go through do comes
	// after the key: without a unique key nothing else would make it
	// fixable)
	if via := viaText(l, s.Create); via != "" {
		if why := m.viaFixable(fd); why != "" {
			no(via + "; " + why)
			return
		}
	}
	if why := m.check(s); why != "" {
		no(why)
		return
	}
	if fd.Kind == KindFirstOrCreate && !m.a.CarriesKey(m.pass.TypesInfo, m.file, s.Create, *match) {
		no("FirstOrCreate copies only struct and map conditions into the row it inserts, so (" + strings.Join(match.Columns, ", ") + ") would not be set; write the condition as a struct (Where(T{Field: v})) or add Attrs, then run upsertfix again")
		return
	}
	if fd.Kind != KindExistsThenCreate && !m.a.CarriesKey(m.pass.TypesInfo, m.file, s.Create, *match) && !m.keyOfRecord(s, *match) {
		if m.freshKey(s, *match) {
			fd.fresh = true
			return
		}
		if fd.ORM == "sql" {
			no("the INSERT does not set (" + strings.Join(match.Columns, ", ") + "), so a concurrent insert could not fail on the key; insert the looked-up values into those columns, then run upsertfix again")
			return
		}
		no("the created record does not visibly set (" + strings.Join(match.Columns, ", ") + ") to the looked-up values, so a concurrent insert could not fail on the key; set the key on the new record, then run upsertfix again")
		return
	}
	if why := m.sameValues(fd, *match); why != "" {
		no(why)
		return
	}
	if why := m.retryable(fd); why != "" {
		no(why)
		return
	}
	s.Unique = *match
	fd.Fixable = true
	fd.Reason = m.fixReason(fd, *match, seed != nil)
	if fd.AddKey != nil {
		fd.Reason += "; with -add-unique, it also " + m.a.Suggest(l.Model, key) + " (GORM's AutoMigrate creates the index); " + gormorm.Migration(l.Model, key)
	}
}

// check is the adapter's refusal of the site's create, if any. A shared
// Save inserts a new row with no primary key on the paths that reach it
// without the row (a Create there), so its Save is not refused; on GORM
// v1 no fix is written at all.
func (m *matcher) check(s *Site) string {
	why := m.a.Check(m.pass.TypesInfo, s.Lookup, s.Create)
	if s.SharedSave && !gormorm.V1(m.pass.TypesInfo, s.Create.Call) {
		return ""
	}
	return why
}

// noKeyWhy says that no unique key covers key, where upsertfix looked,
// how to add one, and what the functions the site goes through would
// still need once it has one.
func (m *matcher) noKeyWhy(fd *Finding, key []string) string {
	s := fd.Site
	l := s.Lookup
	why := "no unique index or constraint covers exactly (" + strings.Join(key, ", ") + ")"
	if fd.ORM == "gorm" && l.Model != nil {
		why += fmt.Sprintf(" (looked in %s's struct tags, in %s near it (under its directory, then under each one above it up to the module root) and in SQL strings of its package)", l.Model.Obj().Name(), plural(gormorm.SQLFiles(m.pass.Fset, l.Model), ".sql file"))
	}
	if c := s.Create; c != nil && gormorm.V1(m.pass.TypesInfo, c.Call) {
		// (GORM v1: no -add-unique, whose tag is v2's)
		if check := m.a.Check(m.pass.TypesInfo, l, c); check != "" {
			return why + "; " + m.a.Suggest(l.Model, key) + " to declare the key; then: " + check
		}
		return why + "; " + m.a.Suggest(l.Model, key) + " to make it fixable"
	}
	why += "; " + m.a.Suggest(l.Model, key) + " to make it fixable"
	if fd.ORM == "gorm" && len(key) > 0 {
		why += " (upsertfix -add-unique writes it with the fix); " + gormorm.Migration(l.Model, key)
	}
	if via := viaText(l, s.Create); via != "" {
		if vwhy := m.viaFixable(fd); vwhy != "" {
			why += "; then, as " + via + ": " + vwhy
		}
	}
	return why
}

// lookupKey returns the columns the lookup pins: its key, the key of the
// way a choice of lookups reaches the create by, or, for a lookup of any
// row before a seed insert, the seed's unique key (seed). why says why
// there is none.
func (m *matcher) lookupKey(fd *Finding) (key []string, seed *orm.UniqueKey, why string) {
	s := fd.Site
	l := s.Lookup
	if l.Choice != nil {
		if pick := m.choiceTaken(s, l.Choice); pick != nil {
			// the create is reached only that way: the other is not
			// part of the race
			ch := l.Choice
			*l = *pick
			l.Choice = ch
		}
	}
	if l.KeyErr == orm.NoConditions {
		seed = m.seedKey(fd)
	}
	if ch := l.Choice; ch != nil && l.KeyErr != "" && l.Model != nil && !m.uniqueCols(l.Model, ch.Then.Key) && !m.uniqueCols(l.Model, ch.Else.Key) {
		// neither way is keyed by a unique index: that is the reason
		return nil, nil, "no unique index or constraint covers exactly (" + strings.Join(ch.Then.Key, ", ") + ") nor (" + strings.Join(ch.Else.Key, ", ") + "), the two ways the row is looked up; " + m.a.Suggest(l.Model, ch.Then.Key) + " (and the other) to make it fixable"
	}
	if l.KeyErr != "" && seed == nil {
		why := l.KeyErr + "; make the lookup an equality match on a unique key"
		if l.KeyErr == orm.NoConditions && fd.ORM == "gorm" {
			why += ", or give the new record a constant value on a unique key (a seed row: Username: \"admin\" with a unique index), so that concurrent inserts conflict"
		}
		return nil, nil, why
	}
	if seed != nil {
		return seed.Columns, seed, ""
	}
	return dedupe(l.Key), nil, ""
}

// matchKey returns the unique key of the lookup's model on the
// looked-up columns, or on some of them: either way at most one row
// matches the lookup, and a concurrent insert of the same key fails.
// With -add-unique, a GORM model without one gets one. nil for none.
func (m *matcher) matchKey(fd *Finding, key []string) *orm.UniqueKey {
	l := fd.Site.Lookup
	keyModel := l.Model
	if l.Entity != "" {
		// a repository's own type, built from the ORM's model: the
		// model's keys
		if em := findModel(m.pass.Pkg, l.Entity, map[*types.Package]bool{}); em != nil {
			keyModel = em
		}
	}
	keys := m.a.UniqueKeys(m.pass.Fset, keyModel)
	if keyModel == l.Model && l.Entity != "" {
		keys = l.EntityKeys // read where the model is in sight
	}
	for i := range keys {
		if sameSet(keys[i].Columns, key) {
			return &keys[i]
		}
	}
	var match *orm.UniqueKey
	for i := range keys {
		if match == nil && (!keys[i].Partial || pinsWhere(l, keys[i])) && subset(keys[i].Columns, key) {
			match = &keys[i]
		}
	}
	if match == nil && AddUnique && fd.ORM == "gorm" && (fd.Site.Create == nil || !gormorm.V1(m.pass.TypesInfo, fd.Site.Create.Call)) {
		// (the tag -add-unique writes is gorm.io/gorm's)
		match = m.addedKey(fd, key)
	}
	return match
}

// keyRefusal says why the site has no fix for its key match (nil: no
// unique key), or "".
func (m *matcher) keyRefusal(fd *Finding, key []string, match *orm.UniqueKey) string {
	s := fd.Site
	switch {
	case match == nil:
		return m.noKeyWhy(fd, key)
	case match.Partial && !m.insideWhere(s, *match):
		return partialWhy(*match)
	}
	return ""
}

// fixReason says what the fix of a fixable finding does, on the unique
// key match (seed: a lookup of any row before a seed insert).
func (m *matcher) fixReason(fd *Finding, match orm.UniqueKey, seed bool) string {
	s := fd.Site
	cols := strings.Join(match.Columns, ", ")
	switch {
	case s.TxRunner != "":
		return "run " + s.TxRunner + " (the transaction it runs around " + s.Create.Via + ") once, and after a failed insert go back to the lookup once: the transaction rolls the callback's writes back, a caller that loses the race on (" + cols +
			") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before; inside a transaction the runner's db.Transaction is a savepoint, which keeps the caller's transaction alive, but at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	case s.TxCall != nil:
		return "the code's own transaction around the create rolls a failed insert back, as a savepoint would: on a unique violation go back, around the whole transaction, to the lookup once (the callback then returns the first error before doing anything): a caller that loses the race on (" + cols + ") then takes the found path, as it would have run second; any other error is returned as before"
	case s.Create.Via != "" && s.Create.ViaSavepoint:
		return "run " + s.Create.Via + " once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + cols +
			") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before; inside a transaction that function's own db.Transaction is a savepoint, which keeps the caller's transaction alive, but at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	case s.Create.Via != "" && fd.ORM == "sql" && sqlorm.TxRoot(m.pass.TypesInfo, s.Create.Call) != nil:
		return "run " + s.Create.Via + " once, inside a savepoint (SAVEPOINT through the transaction it is given), and after a failed insert roll back to it and go back to the lookup once: a caller that loses the race on (" + cols +
			") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before; at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	case s.Create.Via != "":
		return "run " + s.Create.Via + " once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + cols +
			") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before; inside a transaction the loser gets the insert's error, as before (PostgreSQL ends the transaction at the failed insert; at REPEATABLE READ MySQL's snapshot does not show the winner's row)"
	}
	why := m.a.FixText(m.pass.TypesInfo, s.Lookup, s.Create, match, fd.Kind == KindExistsThenCreate)
	if seed {
		why += " (the lookup matches any row, and every caller inserts the same constant (" + cols + "), so concurrent inserts conflict, and the row that makes one fail is one the lookup finds)"
	}
	switch {
	case s.ErrDropped:
		why += "; the code goes on after a failed insert, so inside a transaction the fix takes no savepoint and leaves the race as it was (PostgreSQL ends the transaction, as before): return the insert's error to fix it there too"
	case s.NoTxRetry:
		why += "; the lookup runs in " + s.Lookup.Via + ", whose query the fix cannot make a locking read (at REPEATABLE READ a transaction's snapshot would hide the winner's row from it), so inside a transaction the fix takes no savepoint and leaves the race as it was (PostgreSQL ends the transaction, as before)"
	}
	return why
}

// insideWhere reports whether the created record falls inside the
// condition of the partial unique index key: a conjunction of `col IS
// NULL` (soft deletion, deleted_at IS NULL; a root row, parent_id IS
// NULL) whose columns the create leaves unset. Two such inserts of one
// key then conflict, which is all the fix needs: a row the condition
// leaves out the lookup finds, as before.
func (m *matcher) insideWhere(s *Site, key orm.UniqueKey) bool {
	if pinsWhere(s.Lookup, key) {
		return true
	}
	cols, ok := isNullColumns(key.Where)
	if !ok {
		return false
	}
	set := map[string]bool{}
	norm := func(x string) string { return strings.ToLower(strings.ReplaceAll(x, "_", "")) }
	switch m.a.(type) {
	case entorm.Adapter:
		if s.Create.Via != "" && orm.LitOf(s.Create.Arg) == nil {
			return false // a record upsertfix cannot see
		}
		for f := range entorm.SetFields(s.Create) {
			set[norm(strings.TrimPrefix(f, "Nillable"))] = true
		}
	case gormorm.Adapter:
		vals, initialised := gormorm.RecordValues(m.pass.TypesInfo, m.file, s.Create)
		if initialised {
			return false
		}
		for f := range vals {
			set[norm(f)] = true
		}
	default:
		return false
	}
	for _, c := range cols {
		if set[norm(c)] {
			return false
		}
	}
	return true
}

// partialWhy is why a partial unique key the create's row may fall
// outside of makes no fix.
func partialWhy(k orm.UniqueKey) string {
	if k.Pinned != nil {
		return k.Name + " is partial, and the lookup does not pin its condition, so a row outside it does not make a concurrent insert fail; add the condition (" + k.Where + ") to the lookup's WHERE if it only looks for such rows, then run upsertfix again"
	}
	return "the unique index " + k.Name + " is partial (WHERE ...), so a row outside its condition does not make a concurrent insert fail"
}

// pinsWhere reports whether lookup l pins every column of the partial
// key's condition to the constant the condition does (WHERE type =
// 'plugin.auth' AND provider = ? ... on an index of (provider, key)
// WHERE type = 'plugin.auth'). Every row it finds is then one the index
// covers, and so is the row a racing caller inserts to match it: the
// loser's insert fails on the key, as for a full one.
func pinsWhere(l *orm.Lookup, key orm.UniqueKey) bool {
	if l == nil || len(key.Pinned) == 0 {
		return false
	}
	for col, c := range key.Pinned {
		if l.Pins[col] != c {
			return false
		}
	}
	return true
}

var (
	andSplitRE = regexp.MustCompile(`(?i)\s+and\s+`)
	isNullRE   = regexp.MustCompile("(?i)^\\(?\\s*[\"`]?(\\w+)[\"`]?\\s+is\\s+null\\s*\\)?$")
)

// isNullColumns parses "a IS NULL AND b IS NULL" into [a b].
func isNullColumns(where string) ([]string, bool) {
	if strings.TrimSpace(where) == "" {
		return nil, false
	}
	var cols []string
	for _, part := range andSplitRE.Split(strings.TrimSpace(where), -1) {
		m := isNullRE.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return nil, false
		}
		cols = append(cols, m[1])
	}
	return cols, true
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return len(a) > 0
}

func sameSet(a, b []string) bool {
	a, b = dedupe(a), dedupe(b)
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// viaText says which user functions a site goes through, or "".
func viaText(l *orm.Lookup, c *orm.Create) string {
	switch {
	case l.Via != "" && c.Via != "":
		return "the lookup goes through " + l.Via + " and the create through " + c.Via
	case l.Via != "":
		return "the lookup goes through " + l.Via
	case c.Via != "":
		return "the create goes through " + c.Via
	}
	return ""
}

// sameValues returns why the created record's key differs from the
// looked-up one, or "": the lookup must find what the insert conflicts on.
func (m *matcher) sameValues(fd *Finding, key orm.UniqueKey) string {
	s := fd.Site
	if fd.ORM != "gorm" || fd.Kind == KindExistsThenCreate || len(s.Lookup.Values) != len(s.Lookup.Key) {
		return ""
	}
	info := m.pass.TypesInfo
	vals, initialised := gormorm.RecordValues(info, m.file, s.Create)
	if initialised {
		return ""
	}
	for i, col := range s.Lookup.Key {
		j := slices.Index(key.Columns, col)
		if j < 0 || j >= len(key.Fields) {
			continue
		}
		lv, rv := s.Lookup.Values[i], vals[key.Fields[j]]
		if lv == nil || rv == nil || sameExpr(info, lv, rv) || m.ofRecord(s, lv, key.Fields[j]) {
			continue
		}
		return fmt.Sprintf("the lookup matches %s = %s but the new record stores %s = %s, so the insert may not conflict with the row the lookup would find; use one value for both, then run upsertfix again",
			col, types.ExprString(lv), key.Fields[j], types.ExprString(rv))
	}
	return ""
}

// freshKey reports a lookup by the model's integer primary key whose
// create inserts a literal that leaves the key out (yearning's template
// save: First(&t, "id = ?", u.ID), then on not-found Create(&T{Source:
// ...})): the database numbers every new row, so no create ever inserts
// the looked-up key, and two callers run one after the other insert two
// rows as two concurrent ones do. No race.
func (m *matcher) freshKey(s *Site, key orm.UniqueKey) bool {
	if key.Name != "primary key" || len(key.Fields) != 1 || s.Lookup.Model == nil {
		return false
	}
	st, ok := s.Lookup.Model.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	var pk *types.Var
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == key.Fields[0] {
			pk = f
		}
	}
	if pk == nil {
		return false
	}
	if b, ok := pk.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	lit, ok := recordOf(s.Create.Arg).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 || !types.Identical(m.pass.TypesInfo.TypeOf(lit), s.Lookup.Model) {
		return false
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return false // unkeyed: it sets every field
		}
		if id, ok := kv.Key.(*ast.Ident); !ok || id.Name == pk.Name() {
			return false
		}
	}
	return true
}

// keyOfRecord reports whether every column of key is looked up by the
// created record's own field (FindOne(User{ID: user.ID}), then
// Create(user)): the record carries the looked-up key.
func (m *matcher) keyOfRecord(s *Site, key orm.UniqueKey) bool {
	l := s.Lookup
	if len(l.Values) != len(l.Key) || len(key.Fields) != len(key.Columns) {
		return false
	}
	for j, col := range key.Columns {
		i := slices.Index(l.Key, col)
		if i < 0 || l.Values[i] == nil || !m.ofRecord(s, l.Values[i], key.Fields[j]) {
			return false
		}
	}
	return true
}

// ofRecord reports whether the looked-up value lv is the created record's
// own field (GetUserByName(internal.Name), then Create(internal)), which
// no statement of the function assigns after the lookup: the value the
// record was built with (conf.Hash = hash(conf.Data) before it), which
// the insert stores.
func (m *matcher) ofRecord(s *Site, lv ast.Expr, field string) bool {
	info := m.pass.TypesInfo
	sel, ok := derefExpr(lv).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != field {
		return false
	}
	rec, x := identOf(recordOf(s.Create.Arg)), identOf(sel.X)
	if rec == nil || x == nil || info.ObjectOf(rec) == nil || info.ObjectOf(rec) != info.ObjectOf(x) {
		return false
	}
	v := info.ObjectOf(rec)
	assigned := false
	ast.Inspect(m.funcOf(s.Create.Call.Pos()), func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Pos() > s.Lookup.Call.Pos() {
			for _, l := range as.Lhs {
				if ls, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && ls.Sel.Name == field && info.ObjectOf(identOf(ls.X)) == v {
					assigned = true
				}
			}
		}
		return !assigned
	})
	return !assigned
}

// sameExpr reports whether two expressions denote the same value: the same
// constant, or the same text (variables the not-found path changes are
// caught by retryable).
//
// A pointer stands for what it points to: GORM binds *T as the T it
// points to, so handle and &handle (or *p and p) denote one value.
func sameExpr(info *types.Info, a, b ast.Expr) bool {
	a, b = derefExpr(a), derefExpr(b)
	ta, tb := info.Types[a], info.Types[b]
	if ta.Value != nil && tb.Value != nil {
		return constant.Compare(ta.Value, token.EQL, tb.Value)
	}
	return types.ExprString(ast.Unparen(a)) == types.ExprString(ast.Unparen(b))
}

// derefExpr strips & and * from x: the value it denotes, for a column.
func derefExpr(x ast.Expr) ast.Expr {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.UnaryExpr:
			if e.Op != token.AND {
				return e
			}
			x = e.X
		case *ast.StarExpr:
			x = e.X
		default:
			return e
		}
	}
}

// addedKey returns the unique key -add-unique would declare on key, when
// every column is a field declared in the model's own struct (not
// embedded from another), which a tag can mark; nil otherwise.
func (m *matcher) addedKey(fd *Finding, key []string) *orm.UniqueKey {
	model := fd.Site.Lookup.Model
	if model == nil || fd.Site.Lookup.Entity != "" || len(key) == 0 {
		return nil
	}
	st, ok := model.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	byCol := gormorm.Columns(model)
	var fields []string
	for _, col := range key {
		f := byCol[col]
		direct := false
		for i := 0; i < st.NumFields(); i++ {
			if v := st.Field(i); v.Name() == f && !v.Embedded() {
				direct = true
			}
		}
		if !direct {
			return nil
		}
		fields = append(fields, f)
	}
	fd.AddKey = &AddedKey{Model: model, Columns: key, Fields: fields}
	return &orm.UniqueKey{Name: gormorm.IndexName(model, key), Columns: key, Fields: fields}
}

// plural is "1 file" or "n files".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// seedKey returns the unique key on which a lookup of any row (no
// conditions: "is the table empty?") and its create conflict: a key whose
// fields the new record sets to constants (a seed row, Username:
// "admin"). Every caller inserts the same values, so two concurrent
// inserts conflict; and a row that makes the insert fail is a row of the
// table, which the lookup, on the way back, finds (a soft-deleted one it
// does not: the caller then gets the insert's error, as before). Other
// kinds of lookups, or a key set from variables (two callers would insert
// two rows, which the serial run does not), have none.
func (m *matcher) seedKey(fd *Finding) *orm.UniqueKey {
	s := fd.Site
	if fd.ORM != "gorm" || s.Create.Via != "" || s.Lookup.Via != "" || s.Lookup.Model == nil || s.Create.Model == nil ||
		!types.Identical(s.Lookup.Model, s.Create.Model) || fd.Kind == KindFirstOrCreate {
		return nil
	}
	info := m.pass.TypesInfo
	vals, initialised := gormorm.RecordValues(info, m.file, s.Create)
	if initialised {
		return nil
	}
	keys := m.a.UniqueKeys(m.pass.Fset, s.Lookup.Model)
	for i, k := range keys {
		if k.Partial || len(k.Fields) == 0 || len(k.Fields) != len(k.Columns) {
			continue
		}
		constant := true
		for _, f := range k.Fields {
			v := vals[f]
			if v == nil || info.Types[v].Value == nil {
				constant = false
				break
			}
		}
		if constant {
			return &keys[i]
		}
	}
	return nil
}

// uniqueCols reports whether a unique key of model covers exactly cols.
func (m *matcher) uniqueCols(model *types.Named, cols []string) bool {
	if len(cols) == 0 {
		return false
	}
	want := slices.Clone(cols)
	slices.Sort(want)
	for _, k := range m.a.UniqueKeys(m.pass.Fset, model) {
		got := slices.Clone(k.Columns)
		slices.Sort(got)
		if slices.Equal(got, slices.Compact(want)) {
			return true
		}
	}
	return false
}
