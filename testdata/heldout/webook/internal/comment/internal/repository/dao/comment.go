package dao

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"gorm.io/gorm"
)

var (
	ErrInvalidParentID = errors.New("父评论ID非法")
)

// Comment 表示针对某一资源的评论 — reproduces
// internal/comment/internal/repository/dao/comment.go:34 (AutoMigrate in init.go).
type Comment struct {
	ID int64 `gorm:"autoIncrement,primaryKey;comment:'评论自增ID'"`

	Uid int64 `gorm:"not null;index;comment:'评论者'"`

	// 评论的对象
	Biz   string `gorm:"type:varchar(256);not null;index:biz_biz_id,priority:1;comment:'业务名称'"`
	BizID int64  `gorm:"type:bigint;not null;index:idx_biz_biz_id,priority:2;comment:'业务内唯一ID'"`

	Content string `gorm:"type:text;not null;comment:'评论的具体内容'"`

	// 这两个字段都可以为 NULL。如果是 NULL 就代表它自身就是一个根评论
	AncestorID sql.Null[int64] `gorm:"type:bigint;index:idx_ancestor_id;comment:'始祖评论ID，0表示对业务资源的直接评论，因其引发的后续所有评论都是其后裔（非0）。'"`
	ParentID   sql.Null[int64] `gorm:"type:bigint;index:idx_parent_id;comment:'父评论ID，0表示对业务资源的直接评论，非0表示要回复的评论的ID'"`

	// 外键用于级联删除后裔评论（子评论、子孙评论）
	ParentComment *Comment `gorm:"ForeignKey:ParentID;AssociationForeignKey:ID;constraint:OnDelete:CASCADE"`

	Utime int64
	Ctime int64
}

func (Comment) TableName() string {
	return "comments"
}

type commentDAO struct {
	db *egorm.Component
}

func NewCommentGORMDAO(db *egorm.Component) *commentDAO {
	return &commentDAO{db: db}
}

// Create reproduces comment.go:87 (POST /comment/ -> Handler.Create
// web/handler.go:66 -> service.Create -> repository.Create).
func (g *commentDAO) Create(ctx context.Context, c Comment) (int64, error) {
	now := time.Now().UnixMilli()
	c.Ctime, c.Utime = now, now
	err := g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ancestorID int64
		// 当前评论非根评论（始祖评论）
		if c.ParentID.Valid {
			// 找到父评论
			var parent Comment
			if err := tx.First(&parent, "id = ?", c.ParentID.V).Error; err != nil { // safe: the lookup is of the parent comment and not found aborts; every call inserts a new comment (fresh id) on the found path
				return fmt.Errorf("%w: %w", ErrInvalidParentID, err)
			}
			// 如果父评论是根评论（始祖评论），那始祖评论ID就是父评论ID，否则与父评论的始祖评论ID相同
			if !parent.ParentID.Valid {
				ancestorID = parent.ID
			} else {
				ancestorID = parent.AncestorID.V
			}
		}
		c.AncestorID = sql.Null[int64]{V: ancestorID, Valid: ancestorID != 0}
		if err := tx.Create(&c).Error; err != nil {
			return err
		}
		return nil
	})
	return c.ID, err
}
