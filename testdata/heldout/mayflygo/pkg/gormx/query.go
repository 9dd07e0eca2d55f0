package gormx

import (
	"strings"

	"example.com/heldout/mayflygo/pkg/global"
	"example.com/heldout/mayflygo/pkg/model"

	"gorm.io/gorm"
)

type Query struct {
	dbModel model.ModelI // 数据库模型
	table   string

	cond *model.QueryCond // 条件
}

// NewQuery 构建查询条件
func NewQuery(dbModel model.ModelI, cond *model.QueryCond) *Query {
	q := &Query{dbModel: dbModel, cond: cond}
	// 如果是逻辑删除，默认加上伪删除过滤条件
	if dbModel.LogicDelete() {
		q.Undeleted()
	}
	return q
}

// 添加未删除数据过滤条件（适用于单表用实体查询）
func (q *Query) Undeleted() *Query {
	if q.table != "" {
		return q
	}
	q.cond.Eq0(model.DeletedColumn, model.ModelUndeleted)
	return q
}

func (q *Query) GenGdb() *gorm.DB {
	return q.GenGdbWithDb(global.Db)
}

func (q *Query) GenGdbWithDb(db *gorm.DB) *gorm.DB {
	var gdb *gorm.DB
	if q.table != "" {
		gdb = db.Table(q.table)
	} else {
		gdb = db.Model(q.dbModel)
	}

	cond := q.cond
	if len(cond.GetSelectColumns()) > 0 {
		gdb.Select(cond.GetSelectColumns())
	}

	setGdbWhere(gdb, cond)

	if len(cond.GetOrderBy()) > 0 {
		gdb.Order(strings.Join(cond.GetOrderBy(), ","))
	} else {
		gdb.Order("id desc")
	}

	return gdb
}

func setGdbWhere(gdb *gorm.DB, cond *model.QueryCond) *gorm.DB {
	if cond.GetCondModel() != nil {
		gdb.Where(cond.GetCondModel())
	}

	for i, v := range cond.GetWheres() {
		gdb.Where(i, v...)
	}

	return gdb
}
