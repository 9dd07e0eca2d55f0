package detect

import (
	"go/types"
	"strings"

	"github.com/upsertfix/upsertfix/internal/bunorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
	"github.com/upsertfix/upsertfix/internal/xormorm"
)

// The standard library and common dependencies are not analyzed from
// source, so what their functions write is modelled here, function by
// function where a package mixes pure functions and effects.
//
// Three policies are choices, documented in docs/effects.md:
//   - Reading is not an effect: a SELECT, os.Getenv, reading the clock
//     or a random source runs again for the caller that loses the race,
//     and changes nothing anyone else sees.
//   - Logging is not an effect: a log line written twice for the loser
//     is a diagnostic, not state (log, log/slog, zap, logrus, zerolog,
//     klog, glog); configuring a logger (Set*, Replace*) is one.
//   - Writing through an io.Writer argument writes that argument: to a
//     local bytes.Buffer it is nothing, to an http.ResponseWriter it is an
//     effect of the handler.

// effectFree are packages whose functions write nothing beyond their
// arguments, and whose methods write only their receiver when it is a
// pointer.
var effectFree = map[string]bool{
	"strings": true, "strconv": true, "bytes": true, "unicode": true, "unicode/utf8": true, "unicode/utf16": true,
	"math": true, "math/big": true, "math/bits": true, "math/rand": true, "math/rand/v2": true, "math/cmplx": true,
	"time": true, "errors": true, "sort": true, "slices": true, "maps": true, "cmp": true, "iter": true,
	"path": true, "net/url": true, "net/netip": true, "net/mail": true, "regexp": true, "html": true, "mime": true,
	"encoding/json": true, "encoding/hex": true, "encoding/base64": true, "encoding/base32": true, "encoding/binary": true, "encoding/xml": true,
	"crypto/sha256": true, "crypto/sha1": true, "crypto/sha512": true, "crypto/md5": true, "crypto/hmac": true, "crypto/rand": true,
	"crypto/subtle": true, "crypto/aes": true, "crypto/cipher": true, "crypto/ed25519": true, "crypto/rsa": true, "crypto/ecdsa": true,
	"crypto/x509": true, "crypto/elliptic": true, "crypto/ecdh": true, "encoding/pem": true,
	"hash": true, "hash/fnv": true, "hash/crc32": true, "hash/crc64": true, "hash/maphash": true, "context": true, "reflect": true,
	"github.com/google/uuid": true, "github.com/gofrs/uuid": true, "github.com/gofrs/uuid/v5": true, "github.com/satori/go.uuid": true,
	"github.com/oklog/ulid/v2": true, "github.com/oklog/ulid": true, "github.com/rs/xid": true, "github.com/segmentio/ksuid": true,
	"golang.org/x/crypto/bcrypt": true, "golang.org/x/crypto/argon2": true, "golang.org/x/crypto/scrypt": true, "golang.org/x/crypto/pbkdf2": true,
	"github.com/shopspring/decimal": true, "gorm.io/datatypes": true, "github.com/lib/pq": true, "github.com/golang-jwt/jwt/v5": true,
	"github.com/golang-jwt/jwt/v4": true, "github.com/dgrijalva/jwt-go": true, "entgo.io/ent/dialect/sql": true, "entgo.io/ent/dialect/sql/sqljson": true,
	// error packages: they build and inspect errors
	"github.com/pkg/errors": true, "golang.org/x/xerrors": true, "github.com/cockroachdb/errors": true, "github.com/go-errors/errors": true,
	"github.com/hashicorp/go-multierror": true, "go.uber.org/multierr": true,
}

// loggers are packages whose functions and methods only log.
var loggers = map[string]bool{
	"log": true, "log/slog": true, "go.uber.org/zap": true, "go.uber.org/zap/zapcore": true, "github.com/sirupsen/logrus": true,
	"github.com/rs/zerolog": true, "github.com/rs/zerolog/log": true, "k8s.io/klog/v2": true, "github.com/golang/glog": true,
	"github.com/go-logr/logr": true, "github.com/charmbracelet/log": true,
}

// modelledFuncs are functions and methods modelled one by one, by
// qualified name: package.Func or package.Type.Method.
var modelledFuncs = map[string]EffectFact{
	// gorm.Dialector: naming and quoting the dialect reads nothing
	// (a condition builder quotes columns by it).
	"gorm.io/gorm.Dialector.Name": {}, "gorm.io/gorm.Dialector.Explain": {},
	// fmt: formatting is pure, printing is not, Fprint writes its writer.
	"fmt.Sprint": {}, "fmt.Sprintf": {}, "fmt.Sprintln": {}, "fmt.Errorf": {}, "fmt.Append": {}, "fmt.Appendf": {}, "fmt.Appendln": {},
	"fmt.Sscan": {}, "fmt.Sscanf": {}, "fmt.Sscanln": {},
	"fmt.Fprint": {Writes: []int{0}}, "fmt.Fprintf": {Writes: []int{0}}, "fmt.Fprintln": {Writes: []int{0}},
	"fmt.Print": {Effect: "prints to standard output"}, "fmt.Printf": {Effect: "prints to standard output"}, "fmt.Println": {Effect: "prints to standard output"},
	// encoding/json: an Encoder writes to the writer it was made with.
	"encoding/json.Encoder.Encode": {Effect: "writes through a json.Encoder (to the writer it was made with)"},
	"encoding/json.Decoder.Decode": {Effect: "reads on through a json.Decoder's stream"},
	"encoding/xml.Encoder.Encode":  {Effect: "writes through an xml.Encoder (to the writer it was made with)"},
	"encoding/binary.Write":        {Writes: []int{0}},
	"sort.Sort":                    {Writes: []int{0}}, "sort.Stable": {Writes: []int{0}}, "sort.Slice": {Writes: []int{0}}, "sort.SliceStable": {Writes: []int{0}},
	"sort.Strings": {Writes: []int{0}}, "sort.Ints": {Writes: []int{0}}, "sort.Float64s": {Writes: []int{0}},
	"slices.Sort": {Writes: []int{0}}, "slices.SortFunc": {Writes: []int{0}}, "slices.SortStableFunc": {Writes: []int{0}}, "slices.Reverse": {Writes: []int{0}},
	"crypto/rand.Read": {Writes: []int{0}},
	// runtime: reading the caller's stack (a wrapper names its caller
	// in an error, woodpecker's callerName) reads.
	"runtime.Caller": {}, "runtime.Callers": {Writes: []int{1}}, "runtime.FuncForPC": {}, "runtime.Func.Name": {}, "runtime.Func.FileLine": {},
	// copier copies fields into its first argument.
	"github.com/jinzhu/copier.Copy": {Writes: []int{0}}, "github.com/jinzhu/copier.CopyWithOption": {Writes: []int{0}},
	"time.AfterFunc":    {Effect: "schedules a function (time.AfterFunc)"},
	"context.AfterFunc": {Effect: "schedules a function (context.AfterFunc)"},
	// io, os: reading is not an effect; writing is.
	"io.ReadAll": {Effect: "reads on through a stream (io.ReadAll)"}, "io.Copy": {Effect: "copies between streams (io.Copy)"},
	"io.WriteString": {Writes: []int{0}}, "io.NopCloser": {}, "io.MultiWriter": {}, "io.MultiReader": {},
	"os.Getenv": {}, "os.LookupEnv": {}, "os.Hostname": {}, "os.Getwd": {}, "os.Getpid": {}, "os.ReadFile": {}, "os.Stat": {}, "os.Lstat": {},
	"os.Environ": {}, "os.Executable": {}, "os.UserHomeDir": {}, "os.TempDir": {}, "os.IsNotExist": {}, "os.IsExist": {},
	"path/filepath.Join": {}, "path/filepath.Base": {}, "path/filepath.Dir": {}, "path/filepath.Ext": {}, "path/filepath.Clean": {},
	"path/filepath.Rel": {}, "path/filepath.Split": {}, "path/filepath.Match": {}, "path/filepath.Abs": {}, "path/filepath.ToSlash": {},
	"path/filepath.FromSlash": {}, "path/filepath.IsAbs": {}, "path/filepath.Glob": {},
	// sync: a lock taken again by the caller that goes back would wait
	// for itself; taken on a fresh local, it writes that local.
	"sync.Mutex.Lock": {Writes: []int{-1}}, "sync.Mutex.Unlock": {Writes: []int{-1}}, "sync.RWMutex.Lock": {Writes: []int{-1}},
	"sync.RWMutex.Unlock": {Writes: []int{-1}}, "sync.RWMutex.RLock": {Writes: []int{-1}}, "sync.RWMutex.RUnlock": {Writes: []int{-1}},
	"sync.WaitGroup.Add": {Writes: []int{-1}}, "sync.WaitGroup.Done": {Writes: []int{-1}}, "sync.WaitGroup.Wait": {Writes: []int{-1}},
	"sync.Once.Do":  {Writes: []int{-1}},
	"sync.Map.Load": {}, "sync.Map.Store": {Writes: []int{-1}}, "sync.Map.LoadOrStore": {Writes: []int{-1}}, "sync.Map.Delete": {Writes: []int{-1}},
	"sync/atomic.AddInt64": {Writes: []int{0}}, "sync/atomic.AddInt32": {Writes: []int{0}}, "sync/atomic.AddUint64": {Writes: []int{0}},
	"sync/atomic.StoreInt64": {Writes: []int{0}}, "sync/atomic.StoreInt32": {Writes: []int{0}}, "sync/atomic.LoadInt64": {}, "sync/atomic.LoadInt32": {},
	"sync/atomic.Int64.Add": {Writes: []int{-1}}, "sync/atomic.Int64.Store": {Writes: []int{-1}}, "sync/atomic.Int64.Load": {},
	"sync/atomic.Int32.Add": {Writes: []int{-1}}, "sync/atomic.Int32.Store": {Writes: []int{-1}}, "sync/atomic.Int32.Load": {},
	"sync/atomic.Bool.Store": {Writes: []int{-1}}, "sync/atomic.Bool.Load": {},
	// net/http: building requests and reading them is pure; answering writes the ResponseWriter.
	"net/http.StatusText": {}, "net/http.NewRequest": {}, "net/http.NewRequestWithContext": {}, "net/http.Error": {Writes: []int{0}},
	"net/http.Header.Get": {}, "net/http.Header.Values": {}, "net/http.Header.Set": {Writes: []int{-1}}, "net/http.Header.Add": {Writes: []int{-1}},
	"net/http.Header.Del": {Writes: []int{-1}}, "net/http.Request.Context": {}, "net/http.Request.FormValue": {}, "net/http.Request.PathValue": {},
	"net/http.Request.Cookie": {}, "net/http.Request.Header": {}, "net/http.Request.PostFormValue": {}, "net/http.Request.BasicAuth": {},
	"net/http.Request.WithContext": {}, "net/http.Request.UserAgent": {}, "net/http.Request.Referer": {},
	"net/http.SetCookie": {Writes: []int{0}}, "net/http.Redirect": {Writes: []int{0}},
	"net/http.ResponseWriter.Header": {}, "net/http.ResponseWriter.Write": {Writes: []int{-1}}, "net/http.ResponseWriter.WriteHeader": {Writes: []int{-1}},
	"io.Writer.Write": {Writes: []int{-1}},
	// database/sql: queries read (and scan into their arguments); the rest writes.
	"database/sql.Named": {}, "database/sql.DB.Query": {}, "database/sql.DB.QueryContext": {}, "database/sql.DB.QueryRow": {},
	"database/sql.DB.QueryRowContext": {}, "database/sql.Tx.Query": {}, "database/sql.Tx.QueryContext": {}, "database/sql.Tx.QueryRow": {},
	"database/sql.Tx.QueryRowContext": {}, "database/sql.Conn.QueryContext": {}, "database/sql.Conn.QueryRowContext": {},
	"database/sql.Stmt.Query": {}, "database/sql.Stmt.QueryContext": {}, "database/sql.Stmt.QueryRow": {}, "database/sql.Stmt.QueryRowContext": {},
	"database/sql.Tx.Stmt": {}, "database/sql.Tx.StmtContext": {}, "database/sql.Conn.QueryRow": {},
	"database/sql.Row.Scan": {Writes: []int{0}}, "database/sql.Row.Err": {}, "database/sql.Rows.Scan": {Writes: []int{0}},
	"database/sql.Result.LastInsertId": {}, "database/sql.Result.RowsAffected": {},
	"database/sql.Rows.Next": {Writes: []int{-1}}, "database/sql.Rows.Err": {}, "database/sql.Rows.Close": {Writes: []int{-1}},
	"database/sql.NullString.Value": {}, "database/sql.NullInt64.Value": {}, "database/sql.NullTime.Value": {}, "database/sql.NullBool.Value": {},
}

// gormReads are *gorm.DB methods that build a query or read; the ones
// that read write their destination argument (gormDest).
var gormReads = map[string]bool{
	"Where": true, "Not": true, "Or": true, "Select": true, "Omit": true, "Model": true, "Table": true, "Joins": true, "InnerJoins": true,
	"Preload": true, "Order": true, "Limit": true, "Offset": true, "Group": true, "Having": true, "Distinct": true, "Unscoped": true,
	"Session": true, "WithContext": true, "Debug": true, "Attrs": true, "Assign": true, "Clauses": true, "Raw": true, "Scopes": true,
	"First": true, "Take": true, "Last": true, "Find": true, "Count": true, "Scan": true, "Pluck": true,
	"Row": true, "Rows": true, "ScanRows": true, "FirstOrInit": true, "Statement": true, "Set": true, "Get": true, "InstanceSet": true,
	"InstanceGet": true, "Exists": true,
	// GORM v1's reads of a query's outcome
	"RecordNotFound": true, "GetErrors": true, "NewRecord": true,
	// A transaction begun and rolled back writes nothing (headscale's
	// Read: rx := db.Begin(); defer rx.Rollback()); the writes in it are
	// judged on their own, and Commit stays a write.
	"Begin": true, "Rollback": true,
}

// xormReads are the xorm Engine, Session and Interface methods that
// build a query or read.
var xormReads = map[string]bool{
	"Where": true, "And": true, "Or": true, "ID": true, "In": true, "NotIn": true, "Table": true, "Cols": true, "Select": true,
	"Omit": true, "OrderBy": true, "Desc": true, "Asc": true, "Limit": true, "Join": true, "GroupBy": true, "Having": true,
	"NoAutoCondition": true, "Context": true, "NoCache": true, "Unscoped": true, "Distinct": true, "Alias": true, "SQL": true,
	"Get": true, "Exist": true, "Find": true, "FindAndCount": true, "Count": true, "Sum": true, "Iterate": true, "Rows": true,
	"Query": true, "QueryString": true, "QueryInterface": true, "NewSession": true, "Close": true, "Rollback": true,
	"Begin": true, "ForUpdate": true, "Prepare": true, "TableName": true, "Dialect": true, "DB": true,
}

// sqlReads are the methods of sqlx's and pgx's handles that build a
// query or read without writing their arguments (Get and Select, which
// fill their destinations, are modelled apart).
var sqlReads = map[string]bool{
	"Query": true, "QueryContext": true, "QueryRow": true, "QueryRowContext": true, "Queryx": true, "QueryxContext": true,
	"QueryRowx": true, "QueryRowxContext": true,
	"NamedQuery": true, "NamedQueryContext": true, "Rebind": true, "BindNamed": true, "DriverName": true, "Ping": true,
	"Acquire": true, "Release": true, "Close": true, "Next": true, "Err": true, "Values": true, "RawValues": true,
	"Begin": true, "BeginTx": true, "Beginx": true, "BeginTxx": true, "MustBegin": true, "Rollback": true, "Conn": true,
	"String": true, "RowsAffected": true, "Config": true, "Stat": true, "Unsafe": true,
	// preparing a statement changes no row: its Exec is judged where called
	"Prepare": true, "PrepareContext": true, "Preparex": true, "PreparexContext": true, "PrepareNamed": true, "PrepareNamedContext": true,
}

// genWrites are the gorm.io/gen DO methods that write to the database.
var genWrites = map[string]bool{
	"Create": true, "CreateInBatches": true, "Save": true, "FirstOrCreate": true, "Update": true, "UpdateSimple": true,
	"Updates": true, "UpdateColumn": true, "UpdateColumnSimple": true, "UpdateColumns": true, "UpdateFrom": true,
	"Delete": true, "Exec": true, "Transaction": true, "Begin": true, "Commit": true,
}

var gormDest = map[string]int{"First": 0, "Take": 0, "Last": 0, "Find": 0, "FirstOrInit": 0, "Scan": 0, "Count": 0, "Pluck": 1, "ScanRows": 1}

// generatedWrites are the methods of a generated ent or Prisma client
// that run a write (or a transaction); its other functions build
// predicates and queries. A client's lookups and creates are recognized
// by the adapters first (effects.ormCall).
var generatedWrites = map[string]bool{
	"Save": true, "SaveX": true, "Exec": true, "ExecX": true, "ExecContext": true, "Tx": true, "BeginTx": true,
	"Commit": true, "Rollback": true, "Close": true, "Use": true, "Intercept": true, "Upsert": true,
}

// generatedClient reports a package generated by ent or prisma-client-go:
// it imports the ORM's runtime.
func generatedClient(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		p := imp.Path()
		if strings.HasPrefix(p, "entgo.io/ent") || strings.HasPrefix(p, "github.com/steebchen/prisma-client-go") {
			return true
		}
	}
	return false
}

// modelled returns the modelled summary of a function of a package that
// is not analyzed.
func modelled(fn *types.Func) (*EffectFact, bool) {
	if fn.Pkg() == nil {
		return &EffectFact{}, true
	}
	if generatedClient(fn.Pkg()) {
		short := fn.Name()
		if generatedWrites[short] && fn.Type().(*types.Signature).Recv() != nil {
			return &EffectFact{Effect: "writes to the database (" + objName(fn) + ")"}, true
		}
		return &EffectFact{}, true
	}
	if sig := fn.Type().(*types.Signature); sig.Recv() != nil && gormorm.IsGenQuery(sig.Recv().Type()) && fn.Pkg().Path() != gormorm.GenPath {
		// a gorm.io/gen generated query type (xDo, IXDo): its
		// methods forward to gen.DO's
		if genWrites[fn.Name()] {
			return &EffectFact{Effect: "writes to the database (gen " + fn.Name() + ")"}, true
		}
		if strings.HasPrefix(fn.Name(), "Use") || fn.Name() == "ReplaceDB" || fn.Name() == "withDO" {
			return &EffectFact{Writes: []int{-1}}, true
		}
		return &EffectFact{}, true
	}
	path, name := fn.Pkg().Path(), objName(fn)
	if f, ok := modelledFuncs[path+"."+name]; ok {
		return &f, true
	}
	c := libCall{fn: fn, path: path, name: name, short: name[strings.LastIndex(name, ".")+1:], method: strings.Contains(name, ".")}
	for _, m := range libModels {
		if f, ok := m(c); ok {
			return f, true
		}
	}
	return nil, false
}

// libCall is a function of a library the effect analysis models.
type libCall struct {
	fn                *types.Func
	path, name, short string // name is Func or Type.Method; short is Func or Method
	method            bool
}

// libModels each model one library's functions (ok false: not theirs).
var libModels = []func(libCall) (*EffectFact, bool){
	modelLogger, modelGorm, modelXorm, modelGen, modelEffectFree, modelBun, modelSQLX, modelStd,
}

func modelLogger(c libCall) (*EffectFact, bool) {
	if !loggers[c.path] {
		return nil, false
	}
	if strings.HasPrefix(c.short, "Set") || strings.HasPrefix(c.short, "Replace") {
		return &EffectFact{Effect: "configures the logger (" + c.path + "." + c.name + ")"}, true
	}
	return &EffectFact{}, true
}

func modelGorm(c libCall) (*EffectFact, bool) {
	switch {
	case !gormorm.IsPath(c.path):
		return nil, false
	case !c.method:
		return &EffectFact{}, true // gorm.Expr, gorm.G[T], ...
	case gormReads[c.short]:
		if i, ok := gormDest[c.short]; ok {
			return &EffectFact{Writes: []int{i}}, true
		}
		return &EffectFact{}, true
	}
	return &EffectFact{Effect: "writes to the database (gorm " + c.short + ")"}, true
}

// modelXorm: a query builds on a session and reads; Get and Find fill
// their first argument.
func modelXorm(c libCall) (*EffectFact, bool) {
	switch {
	case !xormorm.IsPath(c.path) && !xormorm.IsBuilderPath(c.path):
		return nil, false
	case !c.method:
		return &EffectFact{}, true // xorm.NewEngine, builder.Eq, ...
	case xormReads[c.short]:
		if c.short == "Get" || c.short == "Find" || c.short == "FindAndCount" {
			return &EffectFact{Writes: []int{0}}, true
		}
		return &EffectFact{}, true
	}
	return &EffectFact{Effect: "writes to the database (xorm " + c.short + ")"}, true
}

// modelGen: gen.DO's query methods return a new DO, as GORM's do; field
// expressions are values.
func modelGen(c libCall) (*EffectFact, bool) {
	switch {
	case c.path == "gorm.io/gen/field" || strings.HasPrefix(c.path, "gorm.io/gen/field/"):
		return &EffectFact{}, true
	case c.path != "gorm.io/gen":
		return nil, false
	case genWrites[c.short]:
		return &EffectFact{Effect: "writes to the database (gen " + c.short + ")"}, true
	case c.method && strings.HasPrefix(c.short, "Use"), c.short == "ReplaceDB", c.short == "ReplaceConnPool":
		return &EffectFact{Writes: []int{-1}}, true // configures the DO itself
	}
	return &EffectFact{}, true
}

func modelEffectFree(c libCall) (*EffectFact, bool) {
	if !effectFree[c.path] {
		return nil, false
	}
	if c.method && pointerRecv(c.fn) {
		return &EffectFact{Writes: []int{-1}}, true
	}
	return &EffectFact{}, true
}

// modelBun: queries build until Exec or Scan; a select's Scan fills its
// model (the adapter's lookup) or its destinations.
func modelBun(c libCall) (*EffectFact, bool) {
	switch {
	case c.path != bunorm.Path:
		return nil, false
	case !c.method:
		return &EffectFact{}, true // bun.NewDB, bun.In, bun.Ident, ...
	case c.short == "Exec" && !strings.HasPrefix(c.name, "SelectQuery."), c.short == "RunInTx", c.short == "Commit", c.short == "ExecContext":
		return &EffectFact{Effect: "writes to the database (bun " + c.name + ")"}, true
	case c.short == "Scan" && strings.HasPrefix(c.name, "SelectQuery."):
		return &EffectFact{Writes: []int{1}}, true
	case c.short == "Scan":
		return &EffectFact{Effect: "writes to the database (bun " + c.name + ")"}, true
	}
	return &EffectFact{}, true
}

// modelSQLX: sqlx's and pgx's queries read (Get, Select and Scan fill
// their destinations); statements with constant SQL are judged by their
// text first (effects.ormCall).
func modelSQLX(c libCall) (*EffectFact, bool) {
	switch {
	case !sqlorm.IsPath(c.path) || c.path == sqlorm.SQLPath:
		return nil, false
	case !c.method && (c.short == "Get" || c.short == "Select"):
		return &EffectFact{Writes: []int{1}}, true // sqlx.Get(q, &dest, ...)
	case !c.method && (c.short == "GetContext" || c.short == "SelectContext"):
		return &EffectFact{Writes: []int{2}}, true
	case !c.method && (c.short == "In" || c.short == "Named" || c.short == "Rebind"):
		return &EffectFact{}, true
	case c.method && (c.short == "Get" || c.short == "Select"):
		return &EffectFact{Writes: []int{0}}, true // db.Get(&dest, ...)
	case c.method && (c.short == "GetContext" || c.short == "SelectContext"):
		return &EffectFact{Writes: []int{1}}, true
	case c.method && sqlReads[c.short]:
		return &EffectFact{}, true
	case c.method && (c.short == "Scan" || c.short == "StructScan" || c.short == "MapScan" || c.short == "SliceScan"):
		return &EffectFact{Writes: []int{0}}, true
	}
	return &EffectFact{Effect: "writes to the database (" + c.path + "." + c.name + ")"}, true
}

func modelStd(c libCall) (*EffectFact, bool) {
	if c.path == "database/sql" && c.method && (c.short == "Prepare" || c.short == "PrepareContext" || c.short == "Stmt" || c.short == "StmtContext" || c.name == "Stmt.Close" || c.name == "Rows.Close") {
		// a prepared statement changes no row: its Exec is judged
		// where it is called
		return &EffectFact{}, true
	}
	switch c.path {
	case "database/sql", "os", "net/http", "io":
		return &EffectFact{Effect: "writes outside the function (" + c.path + " is modelled as writing, except its reads)"}, true
	}
	return nil, false
}

func pointerRecv(fn *types.Func) bool {
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	_, ok := recv.Type().(*types.Pointer)
	return ok
}
