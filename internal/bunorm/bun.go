// Package bunorm is the bun (github.com/uptrace/bun) vocabulary of the
// get-or-create matcher: a NewSelect query finished by Scan (not found is
// sql.ErrNoRows), Exists or Count is a lookup; a NewInsert query finished
// by Exec or Scan is a create; unique keys come from the model's bun tags
// (pk, unique, unique:group).
//
//	u := new(User)
//	err := db.NewSelect().Model(u).Where("email = ?", email).Scan(ctx)
//	if errors.Is(err, sql.ErrNoRows) {
//		_, err = db.NewInsert().Model(&User{Email: email}).Exec(ctx)
//	}
//
// Queries are recognized by type (*bun.SelectQuery, *bun.InsertQuery),
// whatever handle starts them (*bun.DB, bun.Tx, bun.Conn, bun.IDB).
package bunorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
	"github.com/upsertfix/upsertfix/internal/sqlschema"
)

// Path is bun's import path.
const Path = "github.com/uptrace/bun"

// Adapter is bun's vocabulary.
type Adapter struct{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "bun" }

// Triggers implements orm.Adapter.
func (Adapter) Triggers(path string) bool { return path == Path }

// query reports whether t is *bun.<name>.
func query(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Path && n.Obj().Name() == name
}

// chain is the calls of a query from its finishing call back to its
// NewSelect or NewInsert, innermost last.
type step struct {
	name string
	call *ast.CallExpr
}

func chainOf(info *types.Info, x ast.Expr, kind string) []step {
	return chainResolved(info, x, kind, nil)
}

// chainResolved is chainOf, following a query built in a variable
// through resolve when it is not nil.
func chainResolved(info *types.Info, x ast.Expr, kind string, resolve orm.Resolver) []step {
	var steps []step
	for {
		if id, ok := ast.Unparen(x).(*ast.Ident); ok && resolve != nil {
			if def := resolve(id); def != nil {
				x = def
			}
		}
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return steps
		}
		recv, name, ok := orm.Method(call)
		if !ok {
			return steps
		}
		steps = append(steps, step{name, call})
		if !query(info.TypeOf(recv), kind) {
			return steps // recv is the handle: db.NewSelect()
		}
		x = recv
	}
}

// modelOf returns the struct named by the query's Model argument.
func modelOf(info *types.Info, steps []step) (*types.Named, ast.Expr) {
	for _, s := range steps {
		if s.name == "Model" && len(s.call.Args) == 1 {
			return orm.StructOf(info.TypeOf(s.call.Args[0])), s.call.Args[0]
		}
	}
	return nil, nil
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	return a.LookupResolved(info, call, nil)
}

// LookupResolved implements orm.LookupResolver: a query built in a
// variable defined once (q := db.NewSelect().Model(&t).Where(...), then
// q.Scan(ctx)) is read through it.
func (Adapter) LookupResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Lookup {
	recv, name, ok := orm.Method(call)
	if ok && name == "Scan" && query(info.TypeOf(recv), "RawQuery") {
		return rawLookup(info, call, recv)
	}
	if !ok || !query(info.TypeOf(recv), "SelectQuery") {
		return nil
	}
	var kind orm.LookupKind
	switch name {
	case "Scan":
		kind = orm.ErrLookup
	case "Exists":
		kind = orm.ExistLookup
	case "Count", "ScanAndCount":
		// n, err := q.ScanAndCount(ctx): the rows, and how many
		kind = orm.CountLookup
	default:
		return nil
	}
	steps := chainResolved(info, call, "SelectQuery", resolve)
	model, arg := modelOf(info, steps)
	if model == nil && kind == orm.CountLookup && arg != nil {
		model = orm.SliceStruct(info.TypeOf(arg)) // Model(&users).ScanAndCount(ctx)
	}
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: kind, Model: model, NotFoundErr: "database/sql.ErrNoRows"}
	if kind == orm.ErrLookup {
		l.Dest = arg
		if len(call.Args) > 1 { // Scan(ctx, &dest): the row goes there
			l.Dest = call.Args[1]
		}
	}
	cols, vals, why := conditions(info, steps, model, arg)
	switch {
	case why != "":
		l.KeyErr = why
	case len(cols) == 0:
		l.KeyErr = orm.NoConditions
	default:
		l.Key, l.Values = cols, vals
	}
	return l
}

// conditions reads the query's Where calls ("col = ? AND col2 = ?" with
// their arguments) and WherePK (the model's primary key, with the
// values the model literal gives it). Other calls that only narrow,
// order or load are skipped; WhereOr and raw expressions fail.
func conditions(info *types.Info, steps []step, model *types.Named, arg ast.Expr) (cols []string, vals []ast.Expr, why string) {
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		switch s.name {
		case "Where":
			if len(s.call.Args) == 0 {
				return nil, nil, "a condition is empty"
			}
			text, ok := orm.StringConst(info, s.call.Args[0])
			if !ok {
				return nil, nil, "the condition is not a constant string of column = ? pairs"
			}
			text = strings.NewReplacer("?TableAlias.", "", "?TableName.", "").Replace(text)
			if strings.Join(strings.Fields(text), "") == "?=?" && len(s.call.Args) == 3 {
				// Where("? = ?", bun.Ident("block.account_id"), v)
				if col, ok := identArg(info, s.call.Args[1]); ok {
					cols, vals = append(cols, col), append(vals, s.call.Args[2])
					break
				}
			}
			st := sqlorm.Parse("SELECT 1 FROM t WHERE " + text)
			if st.KeyErr != "" {
				return nil, nil, st.KeyErr
			}
			cols, vals = append(cols, st.Key...), append(vals, paramArgs(st.Vals, s.call)...)
		case "WherePK":
			if len(s.call.Args) != 0 {
				return nil, nil, "WherePK names its columns"
			}
			byField := fieldOfColumn(model)
			lit := orm.LitOf(arg)
			for _, k := range keysOf(model) {
				if k.Name != "primary key" {
					continue
				}
				for _, c := range k.Columns {
					cols = append(cols, c)
					var v ast.Expr
					if lit != nil {
						for _, e := range lit.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok {
								if id, ok := kv.Key.(*ast.Ident); ok && id.Name == byField[c] {
									v = kv.Value
								}
							}
						}
					}
					vals = append(vals, v)
				}
			}
		case "NewSelect", "Model", "Column", "ColumnExpr", "ExcludeColumn", "Order", "OrderExpr", "Limit", "Offset",
			"Relation", "Scan", "ScanAndCount", "Exists", "Count", "For", "Apply", "Table", "ModelTableExpr", "Distinct", "Comment":
		case "WhereDeleted", "WhereAllWithDeleted":
		default:
			return nil, nil, "the query calls ." + s.name + ", so its rows are not a simple equality match"
		}
	}
	return cols, vals, ""
}

// Create implements orm.Adapter: NewInsert().Model(x).Exec(ctx) or
// .Scan(ctx).
func (Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	recv, name, ok := orm.Method(call)
	if !ok || !query(info.TypeOf(recv), "InsertQuery") || (name != "Exec" && name != "Scan") {
		return nil
	}
	steps := chainOf(info, call, "InsertQuery")
	_, arg := modelOf(info, steps)
	if arg == nil {
		return nil
	}
	c := &orm.Create{Call: call, Method: name, Arg: arg}
	if c.Model = orm.StructOf(info.TypeOf(arg)); c.Model == nil {
		if c.Model = orm.SliceStruct(info.TypeOf(arg)); c.Model == nil {
			return nil
		}
		c.Batch = true
	}
	for _, s := range steps {
		switch s.name {
		case "Ignore":
			c.Atomic = true
		case "On":
			if len(s.call.Args) > 0 {
				if text, ok := orm.StringConst(info, s.call.Args[0]); ok {
					up := strings.ToUpper(text)
					c.Atomic = c.Atomic || strings.Contains(up, "CONFLICT") || strings.Contains(up, "DUPLICATE KEY")
				}
			}
		}
	}
	return c
}

// Cond implements orm.Adapter: as the SQL layers' (errors.Is(err,
// sql.ErrNoRows), a count, a bool).
func (Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (orm.Outcome, orm.Outcome, bool) {
	return sqlorm.Adapter{}.Cond(info, cond, b)
}

// column is one column of a model.
type column struct {
	name, field string
	tag         string
}

// columnsOf lists the model's columns from its bun tags: the first part
// of the tag names the column (else bun's underscore naming of the
// field); "-" leaves the field out; embedded structs are flattened.
func columnsOf(model *types.Named) []column {
	st, ok := model.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []column
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("bun")
		if f.Embedded() {
			if n := orm.StructOf(f.Type()); n != nil && !(n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Path) {
				out = append(out, columnsOf(n)...)
			}
			continue
		}
		if !f.Exported() || tag == "-" || strings.HasPrefix(tag, "rel:") || strings.Contains(tag, ",rel:") || strings.HasPrefix(tag, "m2m:") {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = gormorm.ColumnName(f.Name())
		}
		out = append(out, column{name: strings.Trim(name, `"`), field: f.Name(), tag: tag})
	}
	return out
}

func fieldOfColumn(model *types.Named) map[string]string {
	m := map[string]string{}
	for _, c := range columnsOf(model) {
		m[c.name] = c.field
	}
	return m
}

// keysOf reads the pk, unique and unique:group options.
func keysOf(model *types.Named) []orm.UniqueKey {
	var pk orm.UniqueKey
	pk.Name = "primary key"
	groups := map[string]*orm.UniqueKey{}
	var order []string
	var keys []orm.UniqueKey
	for _, c := range columnsOf(model) {
		_, opts, _ := strings.Cut(c.tag, ",")
		for _, o := range strings.Split(opts, ",") {
			switch {
			case o == "pk":
				pk.Columns, pk.Fields = append(pk.Columns, c.name), append(pk.Fields, c.field)
			case o == "unique":
				keys = append(keys, orm.UniqueKey{Name: "unique " + c.name, Columns: []string{c.name}, Fields: []string{c.field}})
			case strings.HasPrefix(o, "unique:"):
				g := strings.TrimPrefix(o, "unique:")
				if groups[g] == nil {
					groups[g] = &orm.UniqueKey{Name: g}
					order = append(order, g)
				}
				groups[g].Columns, groups[g].Fields = append(groups[g].Columns, c.name), append(groups[g].Fields, c.field)
			}
		}
	}
	if len(pk.Columns) == 0 {
		for _, c := range columnsOf(model) {
			if c.name == "id" && !strings.Contains(c.tag, ",") {
				pk.Columns, pk.Fields = []string{"id"}, []string{c.field} // bun's default primary key
			}
		}
	}
	if len(pk.Columns) > 0 {
		keys = append([]orm.UniqueKey{pk}, keys...)
	}
	for _, g := range order {
		keys = append(keys, *groups[g])
	}
	return keys
}

// UniqueKeys implements orm.Adapter.
// Keys declared in the project's SQL (its migrations, a schema.sql)
// count too: bun's tags only matter to the tables bun itself creates.
func (Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	keys := keysOf(model)
	if fset == nil || !model.Obj().Pos().IsValid() {
		return keys
	}
	sets, where, _ := sqlschema.KeysNear(fset.Position(model.Obj().Pos()).Filename, tableName(model))
	return append(keys, orm.KeysOf(sets, "a unique key in "+where, fieldOfColumn(model))...)
}

// tableName is the model's table: the table: option of its
// bun.BaseModel's tag, else bun's default, its name in snake case and
// plural.
func tableName(model *types.Named) string {
	if st, ok := model.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); f.Embedded() && f.Name() == "BaseModel" {
				for _, o := range strings.Split(reflect.StructTag(st.Tag(i)).Get("bun"), ",") {
					if t, ok := strings.CutPrefix(o, "table:"); ok {
						return sqlschema.Ident(t)
					}
				}
			}
		}
	}
	return gormorm.Plural(gormorm.ColumnName(model.Obj().Name()))
}

// Check implements orm.Adapter.
func (Adapter) Check(_ *types.Info, _ *orm.Lookup, c *orm.Create) string {
	if c.Batch {
		return "the create inserts several rows at once, so one caller's conflict on one key fails the whole batch; insert the missing row alone, then run upsertfix again"
	}
	return ""
}

// CarriesKey implements orm.Adapter: the record sets every key field.
func (Adapter) CarriesKey(info *types.Info, file *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	vals, _ := gormorm.RecordValues(info, file, c)
	for _, f := range key.Fields {
		if _, ok := vals[f]; !ok {
			return false
		}
	}
	return len(key.Fields) > 0
}

// FixText implements orm.Adapter.
func (a Adapter) FixText(info *types.Info, _ *orm.Lookup, c *orm.Create, key orm.UniqueKey, _ bool) string {
	if c.Via == "" && TxRoot(info, c.Call) != nil {
		return "insert inside a savepoint (SAVEPOINT through the transaction's ExecContext), and after a failed insert roll back to it and go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	}
	return "insert once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before"
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	fields := fieldOfColumn(model)
	var names []string
	for _, c := range cols {
		f := fields[c]
		if f == "" {
			f = c
		}
		names = append(names, model.Obj().Name()+"."+f)
	}
	if len(cols) == 1 {
		return "add `unique` to the bun tag of " + names[0]
	}
	return "add `unique:" + gormorm.ColumnName(model.Obj().Name()) + "_" + strings.Join(cols, "_") + "` to the bun tags of " + strings.Join(names, " and ")
}

// HandlesConflict implements orm.Adapter.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool { return orm.ConflictHelper(info, n) }

// TxRoot returns the bun.Tx an insert's query starts from
// (tx.NewInsert()...), or nil.
func TxRoot(info *types.Info, call *ast.CallExpr) ast.Expr {
	x := ast.Expr(call)
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		recv, _, ok := orm.Method(c)
		if !ok {
			return nil
		}
		if query(info.TypeOf(recv), "Tx") {
			return recv
		}
		x = recv
	}
}

// identArg reads bun.Ident("table.column"): the column.
func identArg(info *types.Info, e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return "", false
	}
	// bun.Ident is a type (schema.Ident): this is a conversion
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return "", false
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || n.Obj().Name() != "Ident" || n.Obj().Pkg() == nil || !strings.HasPrefix(n.Obj().Pkg().Path(), Path) {
		return "", false
	}
	s, ok := orm.StringConst(info, call.Args[0])
	if !ok {
		return "", false
	}
	if i := strings.LastIndex(s, "."); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(strings.Trim(s, `"`)), s != ""
}

// ModelArg implements orm.ModelArger: a select's Scan looks up into its
// Model (or the destination Scan is given), an insert's Exec or Scan
// inserts its Model; the Exec or Scan of any other query runs another
// statement.
func (Adapter) ModelArg(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) (orm.DataOp, ast.Expr) {
	recv, name, ok := orm.Method(call)
	if !ok {
		return orm.NoOp, nil
	}
	t := info.TypeOf(recv)
	switch {
	case query(t, "SelectQuery"):
		switch name {
		case "Scan":
			if len(call.Args) > 1 {
				return orm.LookupOp, call.Args[1]
			}
			_, arg := modelOf(info, chainResolved(info, call, "SelectQuery", resolve))
			return orm.LookupOp, arg
		case "Exists", "Count", "ScanAndCount", "Rows":
			return orm.OtherOp, nil
		}
	case query(t, "InsertQuery"):
		if name == "Exec" || name == "Scan" {
			_, arg := modelOf(info, chainResolved(info, call, "InsertQuery", resolve))
			return orm.CreateOp, arg
		}
	case query(t, "UpdateQuery"), query(t, "DeleteQuery"), query(t, "RawQuery"), query(t, "MergeQuery"), query(t, "ValuesQuery"):
		if name == "Exec" || name == "Scan" {
			return orm.OtherOp, nil
		}
	}
	return orm.NoOp, nil
}

// AnyLookup implements orm.AnyLookuper: the Where pairs of a select
// whose model is of interface type, read as Lookup reads them, when the
// query is one chain from NewSelect to Scan.
func (Adapter) AnyLookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, NotFoundErr: "database/sql.ErrNoRows"}
	steps := chainOf(info, call, "SelectQuery")
	if len(steps) == 0 || steps[len(steps)-1].name != "NewSelect" {
		l.KeyErr = "the query is built up in a variable, its conditions added apart"
		return l
	}
	for _, s := range steps {
		if s.name == "WherePK" {
			l.KeyErr = "WherePK matches the primary key of a model its caller passes"
			return l
		}
	}
	l.Key, l.Values, l.KeyErr = conditions(info, steps, nil, nil)
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
	return l
}

// rawLookup reads db.NewRaw("SELECT ... FROM users WHERE email = ?",
// email).Scan(ctx, &u): a lookup of the destination's model when the
// statement selects from its table with equality conditions.
func rawLookup(info *types.Info, call *ast.CallExpr, recv ast.Expr) *orm.Lookup {
	raw, ok := ast.Unparen(recv).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || len(raw.Args) == 0 {
		return nil
	}
	if _, name, ok := orm.Method(raw); !ok || name != "NewRaw" {
		return nil
	}
	text, ok := orm.StringConst(info, raw.Args[0])
	if !ok {
		return nil
	}
	st := sqlorm.Parse(text)
	model := orm.StructOf(info.TypeOf(call.Args[1]))
	if st.Kind != sqlorm.Select || model == nil || st.Count || st.Exists || st.True || !strings.EqualFold(st.Table, tableName(model)) {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: model, Dest: call.Args[1], NotFoundErr: "database/sql.ErrNoRows"}
	switch {
	case st.KeyErr != "":
		l.KeyErr = st.KeyErr
	case len(st.Key) == 0:
		l.KeyErr = orm.NoConditions
	default:
		l.Key, l.Values = st.Key, paramArgs(st.Vals, raw)
	}
	return l
}

// paramArgs gives, for each placeholder of a call's SQL (its first
// argument), the argument that fills it; nil where it is not one of the
// call's arguments (a constant, or a spread slice).
func paramArgs(params []sqlorm.Param, call *ast.CallExpr) []ast.Expr {
	out := make([]ast.Expr, len(params))
	for i, p := range params {
		if p.Index >= 0 && p.Index+1 < len(call.Args) && !call.Ellipsis.IsValid() {
			out[i] = call.Args[p.Index+1]
		}
	}
	return out
}
