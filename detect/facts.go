package detect

import (
	"fmt"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// The facts the analysis exports about functions and variables, for the
// packages that import them (analysis.Fact): what a function looks up
// or creates, how it signals not-found, what it guards or locks. The
// summarizers that export them are in summary.go, compose.go,
// anymodel.go, generic_layer.go, scopes.go, locks.go, skiptx.go,
// conflicttest.go and retry.go; the effect analysis keeps its own
// (EffectFact, PureFact) in effects.go.

// LookupFact marks a function that wraps one lookup of a model and returns
// its error as the ORM reports it (a repository's FindByEmail): calls of it
// are lookups too, in this package and in those that import it.
type LookupFact struct {
	ORM    string
	Model  string // package path + "." + type name
	Key    []string
	KeyErr string
	// NilOnNotFound: the function returns a nil error when no row
	// matched (if errors.Is(err, ErrRecordNotFound) { return nil, nil }),
	// so callers test the value (x == nil, x.ID == 0) instead.
	NilOnNotFound bool
	// Count: the function returns the count its one lookup counts, and
	// its error (func CountByEmail(e string) (int64, error)): callers
	// test the count (n > 0, n == 0).
	Count bool
	// Exists: the function returns only a bool, true when the row exists
	// (IsGitHubIdAlreadyTaken: return db...Find(&User{}).RowsAffected == 1).
	Exists bool
	// FailedFound: an Exists function that returns true when the query
	// fails too (return !errors.Is(err, gorm.ErrRecordNotFound)), so its
	// callers never create after a failed query. On a NilOnNotFound
	// function: it panics when its query fails (if err != nil {
	// panic(err) }), so a nil result only ever means not found.
	FailedFound bool
	// NotFoundErr is the package-level error variable (path.Name) the
	// function returns when no row matched, under a not-found test of
	// its lookup (return nil, ErrUserNotFound), or "".
	NotFoundErr string
	// ErrWhenFound: the function returns only an error, nil exactly when
	// no row matched (a uniqueness check: uniquenessGuard).
	ErrWhenFound bool
	// Verdict, with ErrWhenFound, is the 1-based result that says the
	// row was not found instead of the error (verdictGuard): a bool,
	// true then (VerdictBool), or a message, "" then.
	Verdict     int
	VerdictBool bool
	// ZeroValue: the function returns a new zero row when no row matched
	// or the query failed (its error dropped), never nil: callers test
	// its primary key (see zeroLookup).
	ZeroValue bool
	// FoundReads: the function reads more after the row it found, and
	// returns those reads' errors (see enriches).
	FoundReads bool
	// NotFoundType is the error type of its own (path.Name) the function
	// returns a value of when no row matched (return nil,
	// NewErrNotFound("user")), tested by callers with errors.As; or "".
	NotFoundType string
	// NotFoundTags, or the kinds its not-found error is built with
	// (orm.Lookup.NotFoundTags), directly or through a function with an
	// ErrKindFact.
	NotFoundTags []string
	// Generic: the model is the function's type argument at each call
	// (func GetOne[T any](...) (T, error)); Model is empty.
	Generic bool
	// AnyArg, when not 0, is 1 + the index of the parameter (of interface
	// type) the lookup fills: the model is that argument's type at each
	// call (func (c *Cnd) FindOne(db *gorm.DB, out any) error).
	AnyArg int
	// NilOnErr: the function's first result, of interface type, is nil
	// whenever its error is not (see orm.Lookup).
	NilOnErr bool
	// SQLParam, when not 0, is 1 + the index of the string parameter
	// that holds the SQL the function runs, and SQLArgs 1 + the index of
	// its variadic parameter that holds the arguments (fetchUser(query
	// string, args ...any)): the table and the key are read at each
	// call, from the SQL passed (orm.SQLReader).
	SQLParam, SQLArgs int
	// KeyParams gives, for each Key column, the index of the parameter
	// holding the value it is looked up by (-1: not a parameter); nil
	// when no column's is known.
	KeyParams []int
	// KeySels gives, beside KeyParams, the fields of the parameter each
	// value is read from (sqlc's arg.EventType: ".EventType"; "" for the
	// parameter itself); nil when none is a field.
	KeySels []string
	// Pins: the columns its lookup pins to constants (orm.Lookup.Pins).
	Pins map[string]string
	// Pure: the function writes nothing outside its own locals (and
	// what a parameter points to), so running it again is harmless.
	Pure bool
	// Scoped, when not 0, is 1 + the index of the variadic parameter
	// of GORM scopes the function applies before its lookup: the key is
	// read at each call from the scopes given (scopes.go).
	Scoped int
	// Conds, when not 0, is 1 + the index of the parameter from which
	// on the function's arguments are its lookup's conditions, handed to
	// GORM unchanged (conds.go); CondsInline: as inline conditions
	// (First(&u, conds...)) rather than a Where's.
	// EntityKeys are the unique keys of Model, when the function
	// returns a type of its own built from the row (a domain struct),
	// so that a caller that does not import the model can check them.
	EntityKeys  []orm.UniqueKey
	Conds       int
	CondsInline bool
	// CondsN is how many arguments from Conds-1 on are the conditions:
	// 0 for all (a variadic forwarded), 1 for a struct of the model
	// (FindOne(attributes User) over db.Where(&attributes)).
	CondsN int
	// Query, when not 0, is 1 + the index of the parameter of function
	// type that runs the lookup's query on a row the function hands it
	// (getBlock(ctx, key, func(b *Block) error { return db...Scan(ctx) },
	// ...)): the key is that argument's at each call (callback.go).
	Query int
	// Handle, when not 0, is 1 + the index of the *gorm.DB parameter the
	// lookup's query starts at: each call adds the conditions of the
	// query it hands in, and names the model when Model is handedModel's
	// (handed.go).
	Handle int
	// Fills, when not 0, is 1 + the index of the parameter the lookup
	// fills with the row it finds (First(out)).
	Fills int
	// ZeroArg, when not 0, is 1 + the index of a parameter the fact
	// holds for only when the caller passes 0 or nil for it: the
	// function answers whether a row other than that id's exists
	// (isTeamNameTaken(sess, orgID, name, 0)); with an id it guards an
	// update, and is no lookup.
	ZeroArg int
}

// CreateFact marks a function that wraps one plain insert of a model and
// returns its error (a repository's Create).
type CreateFact struct {
	ORM   string
	Model string
	Multi bool // the function does more than the insert (reported, never fixed)
	// Savepoint: its writes run in the ORM's own transaction
	// (db.Transaction(func(tx) error {...})), a savepoint inside a
	// caller's transaction (ownTxCalls).
	Savepoint bool
	// AnyArg, when not 0, is 1 + the index of the parameter (of type any)
	// whose value is created: the model is that argument's type at each
	// call (func Create(data any) error); Model is empty.
	AnyArg int
	// Save: the insert is a Save, which updates the row instead when
	// the record's primary key is set (a create of a fresh record): a
	// call is a create only when it hands in a row the caller made
	// (matcher.newRow).
	Save bool
	// Record, when not 0, is 1 + the index of the parameter the function
	// inserts (Create(ctx, u *User): 2).
	Record int
	// Fields and FieldParams, when the function builds the record it
	// inserts from its parameters (Create(key, value string) inserts
	// &Setting{Key: key, Value: value}), name each field so set and the
	// parameter it is set from (-1: a constant, for ent's setters).
	Fields      []string
	FieldParams []int
	// FieldSels, when set, is parallel to Fields: the selector of the
	// parameter's field the value is ("" for the parameter itself, and
	// ".Handle" for arg.Handle: sqlc's params structs).
	FieldSels []string
	// RecordRecv: the function inserts its receiver (func (m *AlbumUser)
	// Create() error { return Db().Create(m).Error }).
	RecordRecv bool
	// Pure: but for the insert, the function writes nothing outside its
	// own locals (not its record, not its receiver). Else Impure says
	// what it does besides.
	Pure   bool
	Impure string
	// Checked: the function looks the row up itself before it inserts
	// (a get-or-create of its own, an upsert): a caller's lookup before
	// it is a race of its own, which the caller cannot fix by going back
	// (exportChecked).
	Checked bool
	// HidesErr: the function returns no error, and leaves on its
	// insert's error without it (panics, or logs and returns): its
	// callers cannot tell a lost race from success (reported, never
	// fixed).
	HidesErr bool
	// Rereads: where its insert failed, the function looks the row up
	// again by this unique key (and answers with what it finds): a
	// caller that looked it up by the same key before has its race
	// handled (matcher.rereadKey).
	Rereads []string
}

// AFact implements analysis.Fact.
func (*LookupFact) AFact() {}

// AFact implements analysis.Fact.
func (*CreateFact) AFact() {}

func (f *LookupFact) String() string {
	s := "lookup of " + f.Model
	switch {
	case f.Exists:
		s += " (true when found)"
	case f.Count:
		s += " (its count)"
	case f.NilOnNotFound:
		s += " (nil when not found)"
	}
	if f.Pure {
		s += ", pure"
	}
	if f.NotFoundTags != nil {
		s += fmt.Sprintf(", not-found kinds %v", f.NotFoundTags)
	}
	if f.KeyParams != nil {
		s += fmt.Sprintf(", key params %v", f.KeyParams)
	}
	if f.KeySels != nil {
		s += fmt.Sprintf(" %q", f.KeySels)
	}
	if f.Conds > 0 {
		s += fmt.Sprintf(", conditions from param %d", f.Conds-1)
	}
	if f.Query > 0 {
		s += fmt.Sprintf(", query from param %d", f.Query-1)
	}
	if f.Handle > 0 {
		s += fmt.Sprintf(", handed query param %d", f.Handle-1)
	}
	if f.SQLParam > 0 {
		s += fmt.Sprintf(", SQL from param %d, its arguments from param %d", f.SQLParam-1, f.SQLArgs-1)
	}
	return s
}

func (f *CreateFact) String() string {
	s := "create of " + f.Model
	if f.Pure {
		s += ", pure"
	}
	if f.Record > 0 {
		s += fmt.Sprintf(", record param %d", f.Record-1)
	}
	if f.Fields != nil {
		s += fmt.Sprintf(", fields %v from params %v", f.Fields, f.FieldParams)
	}
	if f.Checked {
		s += ", checked"
	}
	if f.Rereads != nil {
		s += fmt.Sprintf(", rereads by %v", f.Rereads)
	}
	return s
}

// ErrTestFact marks a function func(err error) bool of the user's that
// tests an ORM's error (isNotFound: return errors.Is(err,
// gorm.ErrRecordNotFound)): a call of it with a lookup's error selects the
// lookup outcomes WhenTrue and WhenFalse, in every importing package too.
type ErrTestFact struct {
	ORM                 string
	WhenTrue, WhenFalse orm.Outcome
}

// AFact implements analysis.Fact.
func (*ErrTestFact) AFact() {}

func (f *ErrTestFact) String() string { return f.ORM + " error test" }

// ErrArgCreateFact marks a helper that takes a lookup's error as its
// parameter Param and creates a row of Model when that error is
// not-found (alist's autoRegister(username, userID string, err error)):
// a call of it with a lookup's error is a create on the not-found path.
type ErrArgCreateFact struct {
	ORM   string
	Model string
	Param int
}

// AFact implements analysis.Fact.
func (*ErrArgCreateFact) AFact() {}

func (f *ErrArgCreateFact) String() string {
	return "creates " + f.Model + " when its error is not-found"
}

// ValueArgCreateFact marks a function given a looked-up row that creates
// a row of its model when the row it is given is missing: nil, or with a
// zero primary key (func ensure(db *gorm.DB, u *User, e string) error { if
// u == nil { return db.Create(&User{Email: e}).Error } ... }).
type ValueArgCreateFact struct {
	ORM   string
	Model string
	Param int
}

// AFact implements analysis.Fact.
func (*ValueArgCreateFact) AFact() {}

func (f *ValueArgCreateFact) String() string {
	return "creates " + f.Model + " when the row it is given is missing"
}

// ErrAsFact marks a function func(err error) bool that reports whether
// err's chain holds a value of the error type Type (path.Name):
//
//	func IsNotFound(err error) bool { return errors.As(err, &ErrNotFound{}) }
type ErrAsFact struct{ Type string }

// AFact implements analysis.Fact.
func (*ErrAsFact) AFact() {}

func (f *ErrAsFact) String() string { return "errors.As " + f.Type }

// NotFoundAliasFact marks a package-level variable that holds the ORM's
// not-found error itself (var ErrNotFound = gorm.ErrRecordNotFound).
type NotFoundAliasFact struct {
	ORM string
	// Err is the error it holds (database/sql.ErrNoRows): the layers
	// over one driver error share it (bun's lookups and gotosocial's
	// var ErrNoEntries = sql.ErrNoRows, in a package of plain
	// database/sql).
	Err string
}

// AFact implements analysis.Fact.
func (*NotFoundAliasFact) AFact() {}

func (f *NotFoundAliasFact) String() string { return f.ORM + " not-found error" }

// ScopeFact marks a function that returns a scope pinning Key by
// equality, the value of each column being its parameter KeyParams[i].
type ScopeFact struct {
	ORM       string
	Key       []string
	KeyParams []int
}

// AFact implements analysis.Fact.
func (*ScopeFact) AFact() {}

func (f *ScopeFact) String() string { return fmt.Sprintf("scope on %v, params %v", f.Key, f.KeyParams) }

func (f *ScopeFact) ormModel() string { return fmt.Sprint(f.ORM, f.Key, f.KeyParams) }

// SkipTxFact says the package opens GORM with SkipDefaultTransaction
// (in a gorm.Config or gorm.Session literal), at Where.
type SkipTxFact struct{ Where string }

func (*SkipTxFact) AFact() {}

func (f *SkipTxFact) String() string { return "SkipDefaultTransaction at " + f.Where }

// ConflictTestFact marks a function of the user's, given an error, whose
// body tests it for a unique violation in a way the adapter knows
// (alreadyTaken(err), isDuplicate(err)), directly or through another such
// function: a call of it after a create handles the conflict, as a test
// written in place does.
type ConflictTestFact struct{ ORM string }

func (*ConflictTestFact) AFact() {}

func (f *ConflictTestFact) String() string { return f.ORM + " unique-violation test" }

// LockFact marks a function that takes a lock when it runs, or returns a
// query option that does: its body (closures included) uses
// clause.Locking or SQL that locks (dify-plugin-daemon's db.WLock()).
type LockFact struct{}

// AFact implements analysis.Fact.
func (*LockFact) AFact() {}

func (*LockFact) String() string { return "locks" }

// ProcLockFact marks a function that returns holding an in-process lock
// it took (lockSite(key) func() { mu.Lock(); return mu.Unlock }).
type ProcLockFact struct{}

// AFact implements analysis.Fact.
func (*ProcLockFact) AFact() {}

func (*ProcLockFact) String() string { return "returns holding a lock" }

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

// TxFuncFact marks a function of the module that runs a callback in a
// transaction of its own (the WithTx helper ent's documentation gives, a
// store's InTx): it begins a transaction, hands it to the callback, rolls
// it back when the callback fails, and commits when it does not.
type TxFuncFact struct {
	Callback int  // index of the callback among the parameters
	TxArg    int  // index of the transaction among the callback's parameters
	Ctx      bool // TxArg is a context.Context that carries the transaction
}

func (*TxFuncFact) AFact() {}

func (f *TxFuncFact) String() string {
	if f.Ctx {
		return fmt.Sprintf("runs parameter %d in a transaction of its own, carried by the context it is given", f.Callback)
	}
	return fmt.Sprintf("runs parameter %d in a transaction of its own", f.Callback)
}

// EmptyTestFact marks a method of a row type that answers whether the
// row is empty by its field Field alone (artalk's func (s Site)
// IsEmpty() bool { return s.ID == 0 }): true when Field is zero, or,
// with Found, true when it is not. Called on a zero-value lookup's row,
// it tests whether the row was found when Field is its primary key.
type EmptyTestFact struct {
	Field string
	Found bool
}

// AFact implements analysis.Fact.
func (*EmptyTestFact) AFact() {}

func (f *EmptyTestFact) String() string {
	if f.Found {
		return f.Field + " != zero"
	}
	return f.Field + " == zero"
}
