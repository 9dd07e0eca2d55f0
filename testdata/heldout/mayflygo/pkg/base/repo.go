// Package base reproduces server/pkg/base (repo.go, app.go, ctx.go): the
// generic repository and application layers every module embeds.
package base

import (
	"context"
	"reflect"

	"example.com/heldout/mayflygo/pkg/contextx"
	"example.com/heldout/mayflygo/pkg/gormx"
	"example.com/heldout/mayflygo/pkg/model"

	"gorm.io/gorm"
)

// 基础repo接口
type Repo[T model.ModelI] interface {

	// Insert 新增一个实体
	Insert(ctx context.Context, e T) error

	// InsertWithDb 使用指定gorm db执行，主要用于事务执行
	InsertWithDb(ctx context.Context, db *gorm.DB, e T) error

	// BatchInsert 批量新增实体
	BatchInsert(ctx context.Context, models []T) error

	// BatchInsertWithDb 使用指定gorm db执行，主要用于事务执行
	BatchInsertWithDb(ctx context.Context, db *gorm.DB, models []T) error

	// 根据实体id更新实体信息
	UpdateById(ctx context.Context, e T, columns ...string) error

	// 使用指定gorm db执行，主要用于事务执行
	UpdateByIdWithDb(ctx context.Context, db *gorm.DB, e T, columns ...string) error

	// UpdateByCond 更新满足条件的数据
	UpdateByCond(ctx context.Context, values any, cond any) error

	// Save 保存实体，实体IsCreate返回true则新增，否则更新
	Save(ctx context.Context, e T) error

	// SaveWithDb 保存实体，实体IsCreate返回true则新增，否则更新。
	SaveWithDb(ctx context.Context, db *gorm.DB, e T) error

	// DeleteById 根据实体主键删除实体
	DeleteById(ctx context.Context, id ...uint64) error

	// DeleteByCond 根据实体条件删除实体
	DeleteByCond(ctx context.Context, cond any) error

	// GetById 根据实体id查询
	GetById(id uint64, cols ...string) (T, error)

	// GetByCond 根据实体条件查询实体信息（单个结果集）
	GetByCond(cond any) error

	// SelectByCondToAny 根据条件查询数据映射至res
	SelectByCondToAny(cond any, res any) error

	// SelectByCond 根据条件查询模型实例数组
	SelectByCond(cond any, cols ...string) ([]T, error)

	// CountByCond 根据指定条件统计model表的数量
	CountByCond(cond any) int64
}

var _ (Repo[*model.Model]) = (*RepoImpl[*model.Model])(nil)

// 基础repo接口
type RepoImpl[T model.ModelI] struct {
	model any // 模型实例

	modelType reflect.Type // 模型类型
}

func (br *RepoImpl[T]) Insert(ctx context.Context, e T) error {
	if db := GetDbFromCtx(ctx); db != nil {
		return br.InsertWithDb(ctx, db, e)
	}
	return gormx.Insert(br.fillBaseInfo(ctx, e))
}

func (br *RepoImpl[T]) InsertWithDb(ctx context.Context, db *gorm.DB, e T) error {
	return gormx.InsertWithDb(db, br.fillBaseInfo(ctx, e))
}

func (br *RepoImpl[T]) BatchInsert(ctx context.Context, es []T) error {
	if db := GetDbFromCtx(ctx); db != nil {
		return br.BatchInsertWithDb(ctx, db, es)
	}
	for _, e := range es {
		br.fillBaseInfo(ctx, e)
	}
	return gormx.BatchInsert[T](es)
}

func (br *RepoImpl[T]) BatchInsertWithDb(ctx context.Context, db *gorm.DB, es []T) error {
	for _, e := range es {
		br.fillBaseInfo(ctx, e)
	}
	return gormx.BatchInsertWithDb[T](db, es)
}

func (br *RepoImpl[T]) UpdateById(ctx context.Context, e T, columns ...string) error {
	return br.UpdateByIdWithDb(ctx, GetDbFromCtx(ctx), e, columns...)
}

func (br *RepoImpl[T]) UpdateByIdWithDb(ctx context.Context, db *gorm.DB, e T, columns ...string) error {
	if db == nil {
		return gormx.UpdateById(br.fillBaseInfo(ctx, e), columns...)
	}
	return gormx.UpdateByIdWithDb(db, br.fillBaseInfo(ctx, e), columns...)
}

func (br *RepoImpl[T]) UpdateByCond(ctx context.Context, values any, cond any) error {
	if db := GetDbFromCtx(ctx); db != nil {
		return gormx.UpdateByCondWithDb(db, br.GetModel(), values, toQueryCond(cond))
	}
	return gormx.UpdateByCond(br.GetModel(), values, toQueryCond(cond))
}

func (br *RepoImpl[T]) Save(ctx context.Context, e T) error {
	if e.IsCreate() {
		return br.Insert(ctx, e)
	}
	return br.UpdateById(ctx, e)
}

func (br *RepoImpl[T]) SaveWithDb(ctx context.Context, db *gorm.DB, e T) error {
	if e.IsCreate() {
		return br.InsertWithDb(ctx, db, e)
	}
	return br.UpdateByIdWithDb(ctx, db, e)
}

func (br *RepoImpl[T]) DeleteById(ctx context.Context, id ...uint64) error {
	if db := GetDbFromCtx(ctx); db != nil {
		return gormx.DeleteByIdWithDb(db, br.GetModel(), id...)
	}
	return gormx.DeleteById(br.GetModel(), id...)
}

func (br *RepoImpl[T]) DeleteByCond(ctx context.Context, cond any) error {
	if db := GetDbFromCtx(ctx); db != nil {
		return gormx.DeleteByCondWithDb(db, br.GetModel(), toQueryCond(cond))
	}
	return gormx.DeleteByCond(br.GetModel(), toQueryCond(cond))
}

func (br *RepoImpl[T]) GetById(id uint64, cols ...string) (T, error) {
	e := br.NewModel()
	return e, gormx.GetById(e, id, cols...)
}

func (br *RepoImpl[T]) GetByCond(cond any) error {
	return gormx.GetByCond(br.GetModel(), toQueryCond(cond))
}

func (br *RepoImpl[T]) SelectByCondToAny(cond any, res any) error {
	return gormx.SelectByCond(br.GetModel(), toQueryCond(cond).Dest(res))
}

func (br *RepoImpl[T]) SelectByCond(cond any, cols ...string) ([]T, error) {
	var models []T
	return models, br.SelectByCondToAny(toQueryCond(cond).Dest(models).Columns(cols...), &models)
}

func (br *RepoImpl[T]) CountByCond(cond any) int64 {
	return gormx.CountByCond(br.GetModel(), toQueryCond(cond))
}

// NewModel 新建模型实例
func (br *RepoImpl[T]) NewModel() T {
	newModel := reflect.New(br.getModelType()).Interface()
	return newModel.(T)
}

// getModel 获取表的模型实例
func (br *RepoImpl[T]) GetModel() T {
	if br.model != nil {
		return br.model.(T)
	}

	br.model = br.NewModel()
	return br.model.(T)
}

// getModelType 获取模型类型(非指针模型)
func (br *RepoImpl[T]) getModelType() reflect.Type {
	if br.modelType != nil {
		return br.modelType
	}

	var model T
	modelType := reflect.TypeOf(model)
	if modelType.Kind() == reflect.Ptr {
		modelType = modelType.Elem()
	}
	br.modelType = modelType
	return modelType
}

// 从上下文获取登录账号信息，并赋值至实体
func (br *RepoImpl[T]) fillBaseInfo(ctx context.Context, e T) T {
	// 默认使用数据库id策略, 若要改变则实体结构体自行覆盖FillBaseInfo方法。可参考 sys/entity.Resource
	e.FillBaseInfo(model.IdGenTypeNone, contextx.GetLoginAccount(ctx))
	return e
}

// toQueryCond 统一转为*model.QueryCond
func toQueryCond(cond any) *model.QueryCond {
	if qc, ok := cond.(*model.QueryCond); ok {
		return qc
	}
	return model.NewModelCond(cond)
}
