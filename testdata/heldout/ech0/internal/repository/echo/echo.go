// Package repository reproduces internal/repository/echo/echo.go (tag and
// like functions).
package repository

import (
	"context"
	"errors"
	"strings"

	commonModel "example.com/heldout/ech0/internal/model/common"
	model "example.com/heldout/ech0/internal/model/echo"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// EchoRepository is internal/repository/echo/echo.go:24.
type EchoRepository struct {
	db func() *gorm.DB
}

// NewEchoRepository is internal/repository/echo/echo.go:29.
func NewEchoRepository(dbProvider func() *gorm.DB) *EchoRepository {
	return &EchoRepository{db: dbProvider}
}

// getDB is internal/repository/echo/echo.go:36.
func (echoRepository *EchoRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return echoRepository.db()
}

// CreateEcho is internal/repository/echo/echo.go:43.
func (echoRepository *EchoRepository) CreateEcho(ctx context.Context, echo *model.Echo) error {
	echo.Content = strings.TrimSpace(echo.Content)

	result := echoRepository.getDB(ctx).Create(echo)
	if result.Error != nil {
		return result.Error
	}

	return nil
}

// LikeEcho is internal/repository/echo/echo.go:283.
func (echoRepository *EchoRepository) LikeEcho(ctx context.Context, id string) error {
	var exists bool
	if err := echoRepository.getDB(ctx). // safe: the existence check guards only an UPDATE (fav_count + 1); nothing is inserted
						Model(&model.Echo{}).
						Select("count(*) > 0").
						Where("id = ?", id).
						Find(&exists).Error; err != nil {
		return err
	}
	if !exists {
		return errors.New(commonModel.ECHO_NOT_FOUND)
	}

	if err := echoRepository.getDB(ctx).
		Model(&model.Echo{}).
		Where("id = ?", id).
		UpdateColumn("fav_count", gorm.Expr("fav_count + ?", 1)).Error; err != nil {
		return err
	}

	return nil
}

// GetTagsByNames is internal/repository/echo/echo.go:345.
func (echoRepository *EchoRepository) GetTagsByNames(ctx context.Context, names []string) ([]*model.Tag, error) {
	var tags []*model.Tag
	result := echoRepository.getDB(ctx).Where("name IN ?", names).Find(&tags)
	if result.Error != nil {
		return nil, result.Error
	}
	return tags, nil
}

// CreateTag is internal/repository/echo/echo.go:354.
func (echoRepository *EchoRepository) CreateTag(ctx context.Context, tag *model.Tag) error {
	tag.Name = strings.TrimSpace(tag.Name)
	if tag.Name == "" {
		return errors.New("标签名称不能为空")
	}

	result := echoRepository.getDB(ctx).Create(tag)
	if result.Error != nil {
		return result.Error
	}

	return nil
}

// IncrementTagUsageCount is internal/repository/echo/echo.go:368.
func (echoRepository *EchoRepository) IncrementTagUsageCount(
	ctx context.Context,
	tagID string,
) error {
	return echoRepository.getDB(ctx).Model(&model.Tag{}).
		Where("id = ?", tagID).
		UpdateColumn("usage_count", gorm.Expr("usage_count + ?", 1)).Error
}
