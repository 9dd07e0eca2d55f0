// Package orm defines the vocabulary an ORM adapter gives the generic
// get-or-create shape matcher in package detect, and the records the matcher
// hands to package rewrite.
//
// One adapter per ORM answers, by types and never by names: is this call a
// lookup (and of which model, keyed by which columns)? Is this call a create?
// Which outcomes of a lookup does this condition select? Which column sets of
// a model are unique?
package orm

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Outcome is a set of possible results of a lookup.
type Outcome uint8

// The three results of a lookup. Found is two outcomes, so that one
// test of the found row (b.ExpiredAt <= now, row.Deleted) can send some
// found rows one way and the rest the other: such a test is true on
// FoundIf, false on FoundElse, and either on the other outcomes. A
// create reached by FoundIf alone is still a create of the missing row
// (if err != nil || b.ExpiredAt <= now { create }).
const (
	FoundIf   Outcome = 1 << iota // the row exists, and the row test holds
	NotFound                      // no row matched
	Failed                        // the query itself failed
	FoundElse                     // the row exists, and the row test does not hold
	Found     = FoundIf | FoundElse
	All       = Found | NotFound | Failed
)

// Has reports whether o contains every outcome in x.
func (o Outcome) Has(x Outcome) bool { return o&x == x }

// NoConditions is the KeyErr of a lookup that matches any row of its
// table (db.First(&u), db.Model(&User{}).Count(&n)).
const NoConditions = "the lookup has no conditions"

// LookupKind says how a lookup reports "not found".
type LookupKind int

// Kinds of lookups.
const (
	ErrLookup      LookupKind = iota // an error such as gorm.ErrRecordNotFound (First, Take, Last)
	RowsLookup                       // no error; RowsAffected == 0 (Find)
	CountLookup                      // a count; 0 means not found
	InitLookup                       // FirstOrInit: never an error, the destination is initialised
	CreatingLookup                   // FirstOrCreate: a lookup and a create in one non-atomic call
	ExistLookup                      // a boolean: true means found (ent's Exist)
	ValueLookup                      // a repository that returns no error when not found: a nil or zero value
)

// Lookup is a read of at most one row of a model.
type Lookup struct {
	Call  *ast.CallExpr // the finishing call (First, Take, Find, Count, ...)
	Kind  LookupKind
	Model *types.Named
	Dest  ast.Expr // the destination argument (&u); nil for value-returning APIs
	// Key lists the columns pinned by equality, in source order; nil when
	// KeyErr says why they cannot be known.
	Key    []string
	KeyErr string
	// Values holds the looked-up value of each Key column, when the
	// adapter knows it (nil otherwise).
	Values []ast.Expr
	// Pins gives the columns the lookup pins to a constant (SQL: kind =
	// 'site', deleted_at IS NULL), with the constant as sqlorm.Pins
	// reads it: what a partial unique index's condition is matched
	// against.
	Pins map[string]string
	// Via names the user function the lookup goes through (a repository
	// method), when it is not a direct ORM call.
	Via string
	// ViaFunc is the function Via names, when it is one of the module's
	// (for -json's "via": where the finding's lookup really happens).
	ViaFunc *types.Func
	// ViaPure: the function Via names writes nothing outside its own
	// locals, so a caller may run it again.
	ViaPure bool
	// Entity, for a lookup through a repository that returns its own type
	// (a domain struct built from the row: *biz.User for ent's User), is
	// the qualified name of the ORM's model; Model is then that type.
	Entity string
	// EntityKeys are the unique keys of Entity's model, read where the
	// model is in sight (the repository's package), for a caller that
	// does not import it.
	EntityKeys []UniqueKey
	// NotFoundErr is the qualified name (path.Name) of the sentinel
	// error a lookup function returns instead of the ORM's when no row
	// matched (return nil, ErrUserNotFound), or "".
	NotFoundErr string
	// ErrWhenFound: a lookup function that returns only an error, nil
	// exactly when no row matched (a uniqueness check).
	ErrWhenFound bool
	// Verdict, with ErrWhenFound, is the 1-based result of a validator
	// that says "not found" instead of a nil error: a bool, true then
	// (VerdictBool), or a message, "" then.
	Verdict     int
	VerdictBool bool
	// ZeroValue: a lookup function that returns a zero row, never nil,
	// when none matched or the query failed (its error dropped).
	ZeroValue bool
	// FoundReads: the lookup function reads more after the row it
	// found (its owner, its group), and returns those reads' errors.
	FoundReads bool
	// NotFoundType is the qualified name of the error type of its own a
	// lookup function returns a value of when no row matched (return nil,
	// NewErrNotFound("user")), tested with errors.As; or "".
	NotFoundType string
	// NotFoundTags are the qualified names of the package-level values
	// a lookup function builds its not-found error with, the kind of an
	// error type the project shares for all its errors (SigNoz's
	// errors.Newf(errors.TypeNotFound, ...)), tested by callers with a
	// function of the error and the kind (errors.Ast(err,
	// errors.TypeNotFound)); or nil.
	NotFoundTags []string
	// Updates is set when the "lookup" is an update (Updates, Update,
	// UpdateColumn(s)) whose RowsAffected == 0 means no row matched.
	Updates bool
	// FailedFound: an existence test through a function that says "found"
	// when the query fails too (an ExistLookup).
	FailedFound bool
	// NilOnErr: a lookup through a function whose result of interface
	// type is nil whenever its error is not (return nil, err), so that
	// a caller may test it for nil (p, _ := dao.GetByName(ctx, db, n, &T{})).
	NilOnErr bool
	// TrueWhenFound: the destination is a bool the lookup sets to true
	// only when it finds the row (SELECT true FROM t WHERE ...).
	TrueWhenFound bool
	// Choice, for a row looked up one of two ways (if Cond { Then } else
	// { Else }) by different keys, holds the two lookups; KeyErr then says
	// so, unless the create is reached only one way.
	Choice *Choice
	// SQL, for a query whose SQL is a variable the adapter cannot read
	// (a helper's parameter: fetchUser(query string, args ...any)), is
	// that expression; SQLArgs are the arguments after it (SQLSpread:
	// they end in args...). Model is nil: such a lookup is only
	// summarized, for callers that pass constant SQL (SQLReader).
	SQL       ast.Expr
	SQLArgs   []ast.Expr
	SQLSpread bool
}

// SQLReader is implemented by adapters that read a lookup's table and
// key from SQL text given at a call: a helper that runs the SQL its
// caller passes (fetchUser(query, username)), at the caller.
type SQLReader interface {
	LookupSQL(info *types.Info, resolve Resolver, call *ast.CallExpr, sql ast.Expr, args []ast.Expr, spread bool) *Lookup
	// LookupRow is the lookup the query of row (a QueryRow call, or a
	// local defined by one) makes, read by call, a function of the
	// module given the row; nil when row is none.
	LookupRow(info *types.Info, resolve Resolver, call *ast.CallExpr, row ast.Expr) *Lookup
}

// Choice is a lookup chosen by a condition.
type Choice struct {
	If         *ast.IfStmt
	Then, Else *Lookup
}

// Create is an insert of one row of a model.
type Create struct {
	Call   *ast.CallExpr
	Method string // Create, Save, FirstOrCreate, ...
	Model  *types.Named
	Arg    ast.Expr // the record argument (&u)
	// Atomic is set when the insert already resolves conflicts
	// (clause.OnConflict in its chain), so there is no race to report.
	Atomic bool
	// MayUpdate is set when the call updates an existing row instead of
	// inserting, depending on the record (GORM's Save).
	MayUpdate bool
	// Via names the user function the create goes through, when it is not
	// a direct ORM call.
	Via string
	// ViaFunc is the function Via names, as for Lookup.
	ViaFunc *types.Func
	// ViaPure: the function Via names does nothing with an effect but its
	// one insert of Arg. Else ViaWhy, when known, says what it does
	// besides.
	ViaPure bool
	ViaWhy  string
	// ViaSavepoint: the function's writes run in the ORM's own
	// transaction (db.Transaction), a savepoint inside a caller's.
	ViaSavepoint bool
	// ViaRereads: the function looks the row up again by these key
	// columns where its insert failed (it handles the race itself).
	ViaRereads []string
	// Batch is set for a create of several rows at once.
	Batch bool
	// Columns, when the adapter reads the inserted columns from the
	// call (an SQL INSERT), maps each to the argument it stores (nil
	// for a constant or an expression).
	Columns map[string]ast.Expr
	// Query is the call that runs the statement when it is not Call
	// itself (db.QueryRow("INSERT ... RETURNING id").Scan(&id), or
	// row := db.QueryRow(...) then row.Scan(&id): Call is the Scan), or
	// nil.
	Query *ast.CallExpr
}

// Binding names what a lookup's result is stored in, so that conditions
// can be related back to it.
type Binding struct {
	Lookup *Lookup
	Err    types.Object // err in `err := q.First(&u).Error`
	Result types.Object // res in `res := q.First(&u)`
	Count  types.Object // n in `q.Count(&n)`, ok in `ok, err := q.Exist(ctx)`
	Dest   types.Object // u in `q.First(&u)`
	Expr   ast.Expr     // the lookup expression itself, when tested in place
	// NotFoundVia is the variable, holding the lookup's not-found error
	// under another name, that the code tests it against
	// (errors.Is(err, db.ErrNoEntries)), or nil.
	NotFoundVia types.Object
	// StmtEnd, when set, is the end of the statement the lookup is chosen
	// in (an if/else with a lookup in each arm).
	StmtEnd token.Pos
}

// UniqueKey is a set of columns covered by one unique index or constraint.
type UniqueKey struct {
	Name    string   // index or constraint name, "primary key" for the PK
	Columns []string // column names
	Fields  []string // Go field names (GORM) or qualified field constants (ent: "pkg/path.FieldEmail"), parallel to Columns
	Partial bool     // a partial index (WHERE ...): not usable as a conflict target
	Where   string   // a partial index's condition, when known
	// Pinned is a partial index's condition when it only pins columns
	// to constants (type = 'plugin.auth', deleted_at IS NULL): a lookup
	// that pins the same finds only rows the index covers.
	Pinned map[string]string
	// Implied lists the columns of a partial key's condition whose
	// DEFAULT is the constant the condition pins: an insert that leaves
	// them out still writes a row the index covers.
	Implied []string
}

// KeysOf makes unique keys of column sets read from SQL, each named
// name, with the fields byCol gives their columns; a set with a column
// the model does not have is left out.
func KeysOf(sets [][]string, name string, byCol map[string]string) []UniqueKey {
	var keys []UniqueKey
	for _, cols := range sets {
		k := UniqueKey{Name: name}
		for _, c := range cols {
			f, ok := byCol[c]
			if !ok {
				k.Columns = nil
				break
			}
			k.Columns = append(k.Columns, c)
			k.Fields = append(k.Fields, f)
		}
		if len(k.Columns) > 0 {
			keys = append(keys, k)
		}
	}
	return keys
}

// Adapter is one ORM's vocabulary.
type Adapter interface {
	// Name is the ORM's short name as reported in findings ("gorm").
	Name() string
	// Triggers reports whether a package importing path may hold a finding.
	Triggers(path string) bool
	// Lookup reports whether call finishes a lookup.
	Lookup(info *types.Info, call *ast.CallExpr) *Lookup
	// Create reports whether call inserts a row.
	Create(info *types.Info, call *ast.CallExpr) *Create
	// Cond reports, for an atomic condition (no !, && or ||), the outcomes
	// of b's lookup under which it is true and false; ok is false when the
	// condition is not about b.
	Cond(info *types.Info, cond ast.Expr, b *Binding) (whenTrue, whenFalse Outcome, ok bool)
	// UniqueKeys lists the unique column sets of model; fset locates the
	// model's declaration when the keys live in generated files beside it.
	UniqueKeys(fset *token.FileSet, model *types.Named) []UniqueKey
	// Check returns why a site with this lookup and create cannot be
	// fixed for reasons of this ORM, or "".
	Check(info *types.Info, l *Lookup, c *Create) string
	// CarriesKey reports whether the created record visibly gets the
	// key's values (a literal or assignments in the enclosing function, or
	// the builder's setters): without them the insert can never conflict
	// on the key, and an atomic insert-on-conflict would fix nothing.
	CarriesKey(info *types.Info, file *ast.File, c *Create, key UniqueKey) bool
	// FixText says what the fix of a site will do, for the message.
	FixText(info *types.Info, l *Lookup, c *Create, key UniqueKey, exists bool) string
	// Suggest says how to declare cols unique on model, for a message
	// ("add `gorm:\"uniqueIndex\"` to User.Email").
	Suggest(model *types.Named, cols []string) string
	// HandlesConflict reports whether n inspects a unique violation
	// (for example errors.Is(err, gorm.ErrDuplicatedKey)).
	HandlesConflict(info *types.Info, n ast.Node) bool
}

// Resolver returns the expression a local variable was defined with
// (q := client.User.Query().Where(...)), when it is never assigned again;
// nil otherwise.
type Resolver func(ast.Expr) ast.Expr

// LookupResolver is an Adapter whose lookups may be built in variables:
// LookupResolved is Lookup, following such variables with resolve.
type LookupResolver interface {
	LookupResolved(info *types.Info, call *ast.CallExpr, resolve Resolver) *Lookup
}

// DataOp is what a call does to the database, as far as a function over
// a model its caller chooses needs to know
// (func Create(ctx context.Context, db bun.IDB, entity any) error).
type DataOp int

const (
	NoOp     DataOp = iota // not a call that runs a statement
	LookupOp               // finishes a lookup of one row into its model
	CreateOp               // inserts its model
	OtherOp                // runs any other statement
	// SaveOp inserts its model, or updates the row of its primary key
	// when that is set (GORM's Save): a create of a fresh record.
	SaveOp
)

// ModelArger is an Adapter that says which argument names the model of
// the call that runs a statement, whatever its type: a function whose
// one lookup or insert is of a parameter of interface type is then a
// lookup or create of the model its caller passes.
type ModelArger interface {
	ModelArg(info *types.Info, call *ast.CallExpr, resolve Resolver) (DataOp, ast.Expr)
}

// AnyLookuper is a ModelArger that also reads a lookup whose model is
// of interface type, inside a helper over any model: AnyLookup is Lookup
// for such a call, with Model nil (the columns it matches, the values it
// matches them with, or KeyErr; the not-found error).
type AnyLookuper interface {
	AnyLookup(info *types.Info, call *ast.CallExpr) *Lookup
}

// CreateResolver is an Adapter whose creates may be built in variables
// (row := db.QueryRow("INSERT ... RETURNING id"); row.Scan(&id)):
// CreateResolved is Create, following such variables with resolve.
type CreateResolver interface {
	CreateResolved(info *types.Info, call *ast.CallExpr, resolve Resolver) *Create
}
