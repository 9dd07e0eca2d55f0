// Package db is trimmed from code.gitea.io/gitea/models/db (engine.go, context.go,
// list.go, error.go): a package-global xorm engine, a context that carries the
// transaction's *xorm.Session, and the generic helpers the models use.
package db

import (
	"context"
	"database/sql"
	"fmt"

	"xorm.io/builder"
	"xorm.io/xorm"
)

var (
	x      *xorm.Engine
	tables []any
)

// DefaultContext is the default context to run xorm queries in
var DefaultContext context.Context = context.Background()

// Engine represents a xorm engine or session.
type Engine interface {
	Table(tableNameOrBean any) *xorm.Session
	Count(...any) (int64, error)
	Decr(column string, arg ...any) *xorm.Session
	Delete(...any) (int64, error)
	Exec(...any) (sql.Result, error)
	Find(any, ...any) error
	Get(beans ...any) (bool, error)
	ID(any) *xorm.Session
	In(string, ...any) *xorm.Session
	Incr(column string, arg ...any) *xorm.Session
	Insert(...any) (int64, error)
	Join(joinOperator string, tablename, condition any, args ...any) *xorm.Session
	SQL(any, ...any) *xorm.Session
	Where(any, ...any) *xorm.Session
	Asc(colNames ...string) *xorm.Session
	Desc(colNames ...string) *xorm.Session
	Limit(limit int, start ...int) *xorm.Session
	NoAutoTime() *xorm.Session
	SumInt(bean any, columnName string) (res int64, err error)
	Select(string) *xorm.Session
	SetExpr(string, any) *xorm.Session
	NotIn(string, ...any) *xorm.Session
	OrderBy(any, ...any) *xorm.Session
	Exist(...any) (bool, error)
	Distinct(...string) *xorm.Session
	Query(...any) ([]map[string][]byte, error)
	Cols(...string) *xorm.Session
	Context(ctx context.Context) *xorm.Session
}

// RegisterModel registers model, if initFuncs provided, it will be invoked after data model sync
func RegisterModel(bean any) {
	tables = append(tables, bean)
}

// SetEngine sets the global engine and syncs the registered tables (xorm Sync creates
// the UNIQUE/INDEX keys declared in the struct tags).
func SetEngine(e *xorm.Engine) error {
	x = e
	return x.Sync(tables...)
}

type engineContextKeyType struct{}

var engineContextKey = engineContextKeyType{}

// GetEngine gets an existing db Engine/Statement or creates a new Session
func GetEngine(ctx context.Context) Engine {
	if sess, ok := ctx.Value(engineContextKey).(*xorm.Session); ok {
		return sess
	}
	return x.Context(ctx)
}

// Committer represents an interface to Commit or Close the Context
type Committer interface {
	Commit() error
	Close() error
}

type halfCommitter struct{}

func (halfCommitter) Commit() error { return nil }
func (halfCommitter) Close() error  { return nil }

// TxContext represents a transaction Context,
// it will reuse the existing transaction in the parent context or create a new one.
// (Older upstream versions take no argument and start from DefaultContext; both forms compile here.)
func TxContext(parentCtx ...context.Context) (context.Context, Committer, error) {
	ctx := DefaultContext
	if len(parentCtx) > 0 {
		ctx = parentCtx[0]
	}
	if _, ok := ctx.Value(engineContextKey).(*xorm.Session); ok {
		return ctx, halfCommitter{}, nil
	}
	sess := x.NewSession()
	if err := sess.Begin(); err != nil {
		_ = sess.Close()
		return nil, nil, err
	}
	return context.WithValue(ctx, engineContextKey, sess), sess, nil
}

// WithTx represents executing database operations on a transaction, if the transaction exist,
// this function will reuse it otherwise will create a new one and close it when finished.
func WithTx(parentCtx context.Context, f func(ctx context.Context) error) error {
	ctx, committer, err := TxContext(parentCtx)
	if err != nil {
		return err
	}
	defer committer.Close()
	if err := f(ctx); err != nil {
		return err
	}
	return committer.Commit()
}

// WithTx2 is similar to WithTx, but it has two return values: result and error.
func WithTx2[T any](parentCtx context.Context, f func(ctx context.Context) (T, error)) (ret T, errRet error) {
	errRet = WithTx(parentCtx, func(ctx context.Context) (errInner error) {
		ret, errInner = f(ctx)
		return errInner
	})
	return ret, errRet
}

// Insert inserts records into database
func Insert(ctx context.Context, beans ...any) error {
	_, err := GetEngine(ctx).Insert(beans...)
	return err
}

// Exec executes a sql with args
func Exec(ctx context.Context, sqlAndArgs ...any) (sql.Result, error) {
	return GetEngine(ctx).Exec(sqlAndArgs...)
}

// DeleteByBean deletes all records according non-empty fields of the bean as conditions.
func DeleteByBean(ctx context.Context, bean any) (int64, error) {
	return GetEngine(ctx).Delete(bean)
}

// DeleteByID deletes the given bean with the given ID
func DeleteByID[T any](ctx context.Context, id int64) (int64, error) {
	var bean T
	return GetEngine(ctx).ID(id).NoAutoCondition().NoAutoTime().Delete(&bean)
}

// Get gets one object by the condition
func Get[T any](ctx context.Context, cond builder.Cond) (object *T, exist bool, err error) {
	if !cond.IsValid() {
		panic("cond is invalid in db.Get(ctx, cond). This should not be possible.")
	}

	var bean T
	has, err := GetEngine(ctx).Where(cond).NoAutoCondition().Get(&bean)
	if err != nil {
		return nil, false, err
	} else if !has {
		return nil, false, nil
	}
	return &bean, true, nil
}

// ListOptions options to paginate results
type ListOptions struct {
	PageSize int
	Page     int  // start from 1
	ListAll  bool // if true, then PageSize and Page will not be taken
}

func (opts ListOptions) GetPage() int     { return opts.Page }
func (opts ListOptions) GetPageSize() int { return opts.PageSize }
func (opts ListOptions) IsListAll() bool  { return opts.ListAll || opts.PageSize == 0 }

// FindOptions represents a find options
type FindOptions interface {
	GetPage() int
	GetPageSize() int
	IsListAll() bool
	ToConds() builder.Cond
}

// FindOptionsOrder represents a find options with an order
type FindOptionsOrder interface {
	ToOrders() string
}

// Find represents a common find function which accept an options interface
func Find[T any](ctx context.Context, opts FindOptions) ([]*T, error) {
	sess := GetEngine(ctx).Where(opts.ToConds())
	if !opts.IsListAll() {
		sess = sess.Limit(opts.GetPageSize(), (opts.GetPage()-1)*opts.GetPageSize())
	}
	if newOpt, ok := opts.(FindOptionsOrder); ok && newOpt.ToOrders() != "" {
		sess = sess.OrderBy(newOpt.ToOrders())
	}
	findPageSize := opts.GetPageSize()
	if findPageSize <= 0 {
		findPageSize = 10
	}
	objects := make([]*T, 0, findPageSize)
	if err := sess.Find(&objects); err != nil {
		return nil, err
	}
	return objects, nil
}

// ErrNotExist represents a non-exist error.
type ErrNotExist struct {
	Resource string
	ID       int64
}

func (err ErrNotExist) Error() string {
	return fmt.Sprintf("%s does not exist [id: %d]", err.Resource, err.ID)
}
