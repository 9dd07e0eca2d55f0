// Package sqls reproduces mlogclub/simple 5b105541b814 sqls (required by bbs-go as v1.2.41).
package sqls

import (
	"log/slog"

	"gorm.io/gorm"
)

// Cnd is sqls/cnd.go:9.
type Cnd struct {
	SelectCols []string     // 要查询的字段，如果为空，表示查询所有字段
	Params     []ParamPair  // 参数
	Orders     []OrderByCol // 排序
	Paging     *Paging      // 分页
}

// ParamPair is sqls/cnd.go:16.
type ParamPair struct {
	Query string        // 查询
	Args  []interface{} // 参数
}

// OrderByCol 排序信息
// Upstream: sqls/cnd.go:22.
type OrderByCol struct {
	Column string // 排序字段
	Asc    bool   // 是否正序
}

// NewCnd is sqls/cnd.go:27.
func NewCnd() *Cnd {
	return &Cnd{}
}

// Cols is sqls/cnd.go:31.
func (s *Cnd) Cols(selectCols ...string) *Cnd {
	if len(selectCols) > 0 {
		s.SelectCols = append(s.SelectCols, selectCols...)
	}
	return s
}

// Eq is sqls/cnd.go:38.
func (s *Cnd) Eq(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" = ?", args)
	return s
}

// NotEq is sqls/cnd.go:43.
func (s *Cnd) NotEq(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" <> ?", args)
	return s
}

// Gt is sqls/cnd.go:48.
func (s *Cnd) Gt(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" > ?", args)
	return s
}

// Gte is sqls/cnd.go:53.
func (s *Cnd) Gte(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" >= ?", args)
	return s
}

// Lt is sqls/cnd.go:58.
func (s *Cnd) Lt(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" < ?", args)
	return s
}

// Lte is sqls/cnd.go:63.
func (s *Cnd) Lte(column string, args ...interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" <= ?", args)
	return s
}

// Like is sqls/cnd.go:68.
func (s *Cnd) Like(column string, str string) *Cnd {
	s.Where(KeywordWrap(column)+" LIKE ?", "%"+str+"%")
	return s
}

// Starting is sqls/cnd.go:73.
func (s *Cnd) Starting(column string, str string) *Cnd {
	s.Where(KeywordWrap(column)+" LIKE ?", str+"%")
	return s
}

// Ending is sqls/cnd.go:78.
func (s *Cnd) Ending(column string, str string) *Cnd {
	s.Where(KeywordWrap(column)+" LIKE ?", "%"+str)
	return s
}

// In is sqls/cnd.go:83.
func (s *Cnd) In(column string, params interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" in (?) ", params)
	return s
}

// NotIn is sqls/cnd.go:88.
func (s *Cnd) NotIn(column string, params interface{}) *Cnd {
	s.Where(KeywordWrap(column)+" not in (?) ", params)
	return s
}

// Where is sqls/cnd.go:93.
func (s *Cnd) Where(query string, args ...interface{}) *Cnd {
	s.Params = append(s.Params, ParamPair{query, args})
	return s
}

// Asc is sqls/cnd.go:98.
func (s *Cnd) Asc(column string) *Cnd {
	s.Orders = append(s.Orders, OrderByCol{Column: KeywordWrap(column), Asc: true})
	return s
}

// Desc is sqls/cnd.go:103.
func (s *Cnd) Desc(column string) *Cnd {
	s.Orders = append(s.Orders, OrderByCol{Column: KeywordWrap(column), Asc: false})
	return s
}

// Limit is sqls/cnd.go:108.
func (s *Cnd) Limit(limit int) *Cnd {
	s.Page(1, limit)
	return s
}

// Page is sqls/cnd.go:113.
func (s *Cnd) Page(page, limit int) *Cnd {
	if s.Paging == nil {
		s.Paging = &Paging{Page: page, Limit: limit}
	} else {
		s.Paging.Page = page
		s.Paging.Limit = limit
	}
	return s
}

// Build is sqls/cnd.go:123.
func (s *Cnd) Build(db *gorm.DB) *gorm.DB {
	ret := db

	if len(s.SelectCols) > 0 {
		cols := make([]string, len(s.SelectCols))
		for i, col := range s.SelectCols {
			cols[i] = KeywordWrap(col)
		}
		ret = ret.Select(cols)
	}

	// where
	if len(s.Params) > 0 {
		for _, param := range s.Params {
			ret = ret.Where(param.Query, param.Args...)
		}
	}

	// order
	if len(s.Orders) > 0 {
		for _, order := range s.Orders {
			if order.Asc {
				ret = ret.Order(order.Column + " ASC")
			} else {
				ret = ret.Order(order.Column + " DESC")
			}
		}
	}

	// limit
	if s.Paging != nil && s.Paging.Limit > 0 {
		ret = ret.Limit(s.Paging.Limit)
	}

	// offset
	if s.Paging != nil && s.Paging.Offset() > 0 {
		ret = ret.Offset(s.Paging.Offset())
	}
	return ret
}

// Find is sqls/cnd.go:164.
func (s *Cnd) Find(db *gorm.DB, out interface{}) {
	if err := s.Build(db).Find(out).Error; err != nil {
		slog.Error(err.Error(), slog.Any("error", err))
	}
}

// FindOne is sqls/cnd.go:170.
func (s *Cnd) FindOne(db *gorm.DB, out interface{}) error {
	if err := s.Limit(1).Build(db).First(out).Error; err != nil {
		return err
	}
	return nil
}

// Count is sqls/cnd.go:177.
func (s *Cnd) Count(db *gorm.DB, model interface{}) int64 {
	ret := db.Model(model)

	// where
	if len(s.Params) > 0 {
		for _, query := range s.Params {
			ret = ret.Where(query.Query, query.Args...)
		}
	}

	var count int64
	if err := ret.Count(&count).Error; err != nil {
		slog.Error(err.Error(), slog.Any("error", err))
	}
	return count
}
