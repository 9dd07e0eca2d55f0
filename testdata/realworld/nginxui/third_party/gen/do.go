// Package gen reproduces gorm.io/gen v0.3.28 (go-gorm/gen 2bb58e137cd6) do.go
// and condition.go, reduced to the DO methods the nginx-ui generated query
// package calls. Method bodies are copied from upstream; reflection helpers
// for batch operations are trimmed.
package gen

import (
	"context"
	"fmt"
	"reflect"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"gorm.io/gen/field"
)

// ResultInfo is do.go:19: query/execute info.
type ResultInfo struct {
	RowsAffected int64
	Error        error
}

// Condition is interface.go: query condition.
type Condition interface {
	BeCond() interface{}
	CondError() error
}

// Dao is interface.go (reduced): CRUD methods.
type Dao interface {
	WithContext(ctx context.Context) Dao
	Where(conds ...Condition) Dao
	Order(columns ...field.Expr) Dao
	Assign(attrs ...field.AssignExpr) Dao
}

// DOOption is config.go: gorm option interface.
type DOOption interface{}

// DO is do.go:28 (data object): implement basic query methods.
type DO struct {
	db        *gorm.DB
	alias     string // for subquery
	modelType reflect.Type
	tableName string

	backfillData interface{}
}

// _ is do.go (go-gorm/gen v0.3.28).
var _ Dao = new(DO)

// getInstance is do.go:38.
func (d DO) getInstance(db *gorm.DB) *DO {
	d.db = db
	return &d
}

// UseDB is do.go:52: specify a db connection(*gorm.DB).
func (d *DO) UseDB(db *gorm.DB, opts ...DOOption) {
	ctx := context.Background()
	if db.Statement != nil && db.Statement.Context != nil {
		ctx = db.Statement.Context
	}
	db = db.Session(&gorm.Session{Context: ctx})
	d.db = db
}

// UseModel is do.go:82: specify a data model structure as a source for table name.
func (d *DO) UseModel(model interface{}) {
	d.modelType = d.indirect(model)
	d.db = d.db.Model(model).Session(&gorm.Session{})
	err := d.db.Statement.Parse(model)
	if err != nil {
		panic(fmt.Errorf("Cannot parse model: %+v\n%w", model, err))
	}
	d.tableName = d.db.Statement.Schema.Table
}

// indirect is do.go (go-gorm/gen v0.3.28).
func (d *DO) indirect(value interface{}) reflect.Type {
	mt := reflect.TypeOf(value)
	if mt.Kind() == reflect.Ptr {
		mt = mt.Elem()
	}
	return mt
}

// TableName is do.go:105: return table name.
func (d DO) TableName() string {
	return d.tableName
}

// UnderlyingDB is do.go: return the underlying database connection.
func (d *DO) UnderlyingDB() *gorm.DB { return d.db }

// withError is do.go (go-gorm/gen v0.3.28).
func (d *DO) withError(err error) *DO {
	if err == nil {
		return d
	}

	newDB := d.db.Session(new(gorm.Session))
	_ = newDB.AddError(err)
	return d.getInstance(newDB)
}

// WithContext is do.go:171: return a DO with db with context.
func (d *DO) WithContext(ctx context.Context) Dao { return d.getInstance(d.db.WithContext(ctx)) }

// Where is do.go:232.
func (d *DO) Where(conds ...Condition) Dao {
	exprs, err := condToExpression(conds)
	if err != nil {
		return d.withError(err)
	}
	if len(exprs) == 0 {
		return d
	}
	return d.getInstance(d.db.Clauses(clause.Where{Exprs: exprs}))
}

// Order is do.go:244.
func (d *DO) Order(columns ...field.Expr) Dao {
	if len(columns) == 0 {
		return d
	}
	return d.getInstance(d.db.Order(columns[0].ColumnName().String()))
}

// Attrs is do.go:368.
func (d *DO) Attrs(attrs ...field.AssignExpr) Dao {
	return d.getInstance(d.db.Attrs(d.attrsValue(attrs)...))
}

// Assign is do.go:376.
func (d *DO) Assign(attrs ...field.AssignExpr) Dao {
	return d.getInstance(d.db.Assign(d.attrsValue(attrs)...))
}

// attrsValue is do.go (go-gorm/gen v0.3.28).
func (d *DO) attrsValue(attrs []field.AssignExpr) []interface{} {
	values := make([]interface{}, 0, len(attrs))
	for _, attr := range attrs {
		values = append(values, attr.AssignExpr())
	}
	return values
}

// Create is do.go:589.
func (d *DO) Create(value interface{}) error {
	return d.db.Create(value).Error
}

// Save is do.go:599.
func (d *DO) Save(value interface{}) error {
	return d.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(value).Error
}

// First is do.go:604.
func (d *DO) First() (result interface{}, err error) {
	return d.singleQuery(d.db.First)
}

// Take is do.go:609.
func (d *DO) Take() (result interface{}, err error) {
	return d.singleQuery(d.db.Take)
}

// singleQuery is do.go (go-gorm/gen v0.3.28).
func (d *DO) singleQuery(query func(dest interface{}, conds ...interface{}) *gorm.DB) (result interface{}, err error) {
	result = d.newResultPointer()
	if err := query(result).Error; err != nil {
		return nil, err
	}
	return result, nil
}

// Find is do.go: multi query.
func (d *DO) Find() (results interface{}, err error) {
	resultsPtr := reflect.New(reflect.SliceOf(reflect.PtrTo(d.modelType))).Interface()
	err = d.db.Find(resultsPtr).Error
	return reflect.Indirect(reflect.ValueOf(resultsPtr)).Interface(), err
}

// FirstOrCreate is do.go:668.
func (d *DO) FirstOrCreate() (result interface{}, err error) {
	return d.singleQuery(d.db.FirstOrCreate)
}

// Update is do.go:673.
func (d *DO) Update(column field.Expr, value interface{}) (info ResultInfo, err error) {
	tx := d.db.Model(d.newResultPointer())
	columnStr := column.ColumnName().String()

	var result *gorm.DB
	switch value := value.(type) {
	case field.AssignExpr:
		result = tx.Update(columnStr, value.AssignExpr())
	default:
		result = tx.Update(columnStr, value)
	}
	return ResultInfo{RowsAffected: result.RowsAffected, Error: result.Error}, result.Error
}

// UpdateSimple is do.go:690.
func (d *DO) UpdateSimple(columns ...field.AssignExpr) (info ResultInfo, err error) {
	if len(columns) == 0 {
		return
	}
	tx := d.db.Model(d.newResultPointer())
	set := clause.Set{}
	for _, c := range columns {
		if e, ok := c.AssignExpr().(clause.Eq); ok {
			set = append(set, clause.Assignment{Column: clause.Column{Name: fmt.Sprint(e.Column)}, Value: e.Value})
		}
	}
	result := tx.Clauses(set).Omit("*").Updates(map[string]interface{}{})
	return ResultInfo{RowsAffected: result.RowsAffected, Error: result.Error}, result.Error
}

// Updates is do.go:700 (value-mode branch only).
func (d *DO) Updates(value interface{}) (info ResultInfo, err error) {
	tx := d.db.Model(d.newResultPointer())
	result := tx.Updates(value)
	return ResultInfo{RowsAffected: result.RowsAffected, Error: result.Error}, result.Error
}

// Delete is do.go:794.
func (d *DO) Delete(models ...interface{}) (info ResultInfo, err error) {
	result := d.db.Delete(reflect.New(d.modelType).Interface())
	return ResultInfo{RowsAffected: result.RowsAffected, Error: result.Error}, result.Error
}

// Count is do.go:813.
func (d *DO) Count() (count int64, err error) {
	return count, d.db.Session(&gorm.Session{}).Count(&count).Error
}

// newResultPointer is do.go:849.
func (d *DO) newResultPointer() interface{} {
	if d.backfillData != nil {
		return d.backfillData
	}
	if d.modelType == nil {
		return nil
	}
	return reflect.New(d.modelType).Interface()
}

// condToExpression is condition.go:41.
func condToExpression(conds []Condition) ([]clause.Expression, error) {
	if len(conds) == 0 {
		return nil, nil
	}
	exprs := make([]clause.Expression, 0, len(conds))
	for _, cond := range conds {
		if cond == nil {
			continue
		}
		if err := cond.CondError(); err != nil {
			return nil, err
		}

		switch cond.(type) {
		case field.Expr:
		default:
			return nil, fmt.Errorf("unsupported condition: %+v", cond)
		}

		switch e := cond.BeCond().(type) {
		case []clause.Expression:
			exprs = append(exprs, e...)
		case clause.Expression:
			exprs = append(exprs, e)
		}
	}
	return exprs, nil
}
