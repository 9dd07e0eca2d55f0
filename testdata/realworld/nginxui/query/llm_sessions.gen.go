// Package query reproduces 0xJacky/nginx-ui 1df16d75f689 query (gorm.io/gen generated DAO; only the fields and methods the reproduced callers use are kept).
package query

import (
	"context"

	"example.com/realworld/nginxui/model"
	"gorm.io/gen"
	"gorm.io/gen/field"
	"gorm.io/gorm"
)

// newLLMSession is query/llm_sessions.gen.go:23.
func newLLMSession(db *gorm.DB, opts ...gen.DOOption) lLMSession {
	_lLMSession := lLMSession{}

	_lLMSession.lLMSessionDo.UseDB(db, opts...)
	_lLMSession.lLMSessionDo.UseModel(&model.LLMSession{})

	tableName := _lLMSession.lLMSessionDo.TableName()
	_lLMSession.ALL = field.NewAsterisk(tableName)
	_lLMSession.ID = field.NewInt(tableName, "id")
	_lLMSession.SessionID = field.NewString(tableName, "session_id")
	_lLMSession.Title = field.NewString(tableName, "title")
	_lLMSession.Path = field.NewString(tableName, "path")
	_lLMSession.MessageCount = field.NewInt(tableName, "message_count")
	_lLMSession.IsActive = field.NewBool(tableName, "is_active")
	_lLMSession.CreatedAt = field.NewTime(tableName, "created_at")
	_lLMSession.UpdatedAt = field.NewTime(tableName, "updated_at")
	_lLMSession.DeletedAt = field.NewField(tableName, "deleted_at")

	return _lLMSession
}

// lLMSession is query/llm_sessions.gen.go:47.
type lLMSession struct {
	lLMSessionDo

	ALL          field.Asterisk
	ID           field.Int
	SessionID    field.String
	Title        field.String
	Path         field.String
	MessageCount field.Int
	IsActive     field.Bool
	CreatedAt    field.Time
	UpdatedAt    field.Time
	DeletedAt    field.Field
}

// lLMSessionDo is query/llm_sessions.gen.go:126.
type lLMSessionDo struct{ gen.DO }

// WithContext is query/llm_sessions.gen.go:162.
func (l lLMSessionDo) WithContext(ctx context.Context) *lLMSessionDo {
	return l.withDO(l.DO.WithContext(ctx))
}

// Where is query/llm_sessions.gen.go:198.
func (l lLMSessionDo) Where(conds ...gen.Condition) *lLMSessionDo {
	return l.withDO(l.DO.Where(conds...))
}

// Create is query/llm_sessions.gen.go:250.
func (l lLMSessionDo) Create(values ...*model.LLMSession) error {
	if len(values) == 0 {
		return nil
	}
	return l.DO.Create(values)
}

// Save : !!! underlying implementation is different with GORM
// The method is equivalent to executing the statement: db.Clauses(clause.OnConflict{UpdateAll: true}).Create(values)
//
// Upstream: query/llm_sessions.gen.go:263.
func (l lLMSessionDo) Save(values ...*model.LLMSession) error {
	if len(values) == 0 {
		return nil
	}
	return l.DO.Save(values)
}

// First is query/llm_sessions.gen.go:270.
func (l lLMSessionDo) First() (*model.LLMSession, error) {
	if result, err := l.DO.First(); err != nil {
		return nil, err
	} else {
		return result.(*model.LLMSession), nil
	}
}

// withDO is query/llm_sessions.gen.go:383.
func (l *lLMSessionDo) withDO(do gen.Dao) *lLMSessionDo {
	l.DO = *do.(*gen.DO)
	return l
}
