// Package gormx reproduces server/pkg/gormx/gormx.go and query.go: every
// repository lookup and insert of mayfly-go ends here, on global.Db (lookups
// always run on global.Db, never on the transaction kept in the context).
package gormx

import (
	"time"

	"example.com/heldout/mayflygo/pkg/global"
	"example.com/heldout/mayflygo/pkg/model"

	"gorm.io/gorm"
)

// 根据id获取实体对象。model需为指针类型（需要将查询出来的值赋值给model）
//
// 若error不为nil则为不存在该记录
func GetById(dbModel model.ModelI, id uint64, cols ...string) error {
	return NewQuery(dbModel, model.NewCond().Columns(cols...).Eq(model.IdColumn, id)).GenGdb().First(dbModel).Error
}

// 根据model获取单个实体对象
//
// 若 error不为nil，则为不存在该记录
func GetByCond(dbModel model.ModelI, cond *model.QueryCond) error {
	return NewQuery(dbModel, cond).GenGdb().First(cond.GetDest()).Error
}

// 根据条件cond获取指定model表统计数量
func CountByCond(dbModel model.ModelI, cond *model.QueryCond) int64 {
	var count int64
	NewQuery(dbModel, cond).GenGdb().Count(&count)
	return count
}

// SelectByCond 根据条件查询结果集
func SelectByCond(dbModel model.ModelI, cond *model.QueryCond) error {
	return NewQuery(dbModel, cond).GenGdb().Find(cond.GetDest()).Error
}

// 插入model
func Insert(model model.ModelI) error {
	return InsertWithDb(global.Db, model)
}

// 使用指定gormDb插入model
func InsertWithDb(db *gorm.DB, model model.ModelI) error {
	return db.Create(model).Error
}

// 批量插入
func BatchInsert[T model.ModelI](models []T) error {
	return BatchInsertWithDb[T](global.Db, models)
}

// 批量插入
func BatchInsertWithDb[T model.ModelI](db *gorm.DB, models []T) error {
	return db.CreateInBatches(models, len(models)).Error
}

// 根据id更新model，更新字段为model中不为空的值
func UpdateById(model model.ModelI, columns ...string) error {
	return UpdateByIdWithDb(global.Db, model, columns...)
}

func UpdateByIdWithDb(db *gorm.DB, model model.ModelI, columns ...string) error {
	return db.Model(model).Select(columns).Updates(model).Error
}

// UpdateByCond 使用默认global.Dd更新满足条件的数据
func UpdateByCond(dbModel model.ModelI, values any, cond *model.QueryCond) error {
	return UpdateByCondWithDb(global.Db, dbModel, values, cond)
}

// UpdateByCondWithDb 使用指定gorm.DB更新满足条件的数据
func UpdateByCondWithDb(db *gorm.DB, dbModel model.ModelI, values any, cond *model.QueryCond) error {
	gormDb := db.Model(dbModel).Select(cond.GetSelectColumns())
	setGdbWhere(gormDb, cond)
	return gormDb.Updates(values).Error
}

// 根据id删除model
func DeleteById(model_ model.ModelI, id ...uint64) error {
	return DeleteByIdWithDb(global.Db, model_, id...)
}

// 根据id使用指定gromDb删除
func DeleteByIdWithDb(db *gorm.DB, model_ model.ModelI, id ...uint64) error {
	return DeleteByCondWithDb(db, model_, model.NewCond().In(model.IdColumn, id))
}

// 根据cond条件删除指定model表数据
func DeleteByCond(dbModel model.ModelI, cond *model.QueryCond) error {
	return DeleteByCondWithDb(global.Db, dbModel, cond)
}

// 根据cond条件删除指定model表数据（逻辑删除模型则置 is_deleted = 1）
func DeleteByCondWithDb(db *gorm.DB, dbModel model.ModelI, cond *model.QueryCond) error {
	gdb := setGdbWhere(db.Model(dbModel), cond)
	if !dbModel.LogicDelete() {
		return gdb.Delete(dbModel).Error
	}
	return gdb.Updates(getDeleteColumnValue()).Error
}

func getDeleteColumnValue() map[string]any {
	columnValue := make(map[string]any)
	columnValue[model.DeletedColumn] = model.ModelDeleted
	columnValue[model.DeleteTimeColumn] = time.Now()
	return columnValue
}
