// Package scanner_task is api/scanner/scanner_task (scanner_task.go and scanner_task_base.go).
package scanner_task

import (
	"context"
	"database/sql"
	"io/fs"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_cache"
	"gorm.io/gorm"
)

// ScannerTask is api/scanner/scanner_task/scanner_task.go:16.
type ScannerTask interface {
	BeforeScanAlbum(ctx TaskContext) (TaskContext, error)
	AfterScanAlbum(ctx TaskContext, changedMedia []*models.Media, albumMedia []*models.Media) error
	MediaFound(ctx TaskContext, fileInfo fs.FileInfo, mediaPath string) (skip bool, err error)
	AfterMediaFound(ctx TaskContext, media *models.Media, newMedia bool) error

	BeforeProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData) (TaskContext, error)
	ProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData, mediaCachePath string) (updatedURLs []*models.MediaURL, err error)
	AfterProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData, updatedURLs []*models.MediaURL, mediaIndex int, mediaTotal int) error
}

// TaskContext is api/scanner/scanner_task/scanner_task.go:38.
type TaskContext struct {
	context.Context
}

// NewTaskContext is api/scanner/scanner_task/scanner_task.go:42.
func NewTaskContext(parent context.Context, db *gorm.DB, album *models.Album, cache *scanner_cache.AlbumScannerCache) TaskContext {
	ctx := TaskContext{Context: parent}
	ctx = ctx.WithValue(taskCtxKeyAlbum, album)
	ctx = ctx.WithValue(taskCtxKeyAlbumCache, cache)
	ctx = ctx.WithDB(db)

	return ctx
}

type taskCtxKeyType string

const (
	taskCtxKeyAlbum      taskCtxKeyType = "task_album"
	taskCtxKeyAlbumCache taskCtxKeyType = "task_album_cache"
	taskCtxKeyDatabase   taskCtxKeyType = "task_database"
)

// GetAlbum is api/scanner/scanner_task/scanner_task.go:59.
func (c TaskContext) GetAlbum() *models.Album {
	return c.Context.Value(taskCtxKeyAlbum).(*models.Album)
}

// GetCache is api/scanner/scanner_task/scanner_task.go:63.
func (c TaskContext) GetCache() *scanner_cache.AlbumScannerCache {
	return c.Context.Value(taskCtxKeyAlbumCache).(*scanner_cache.AlbumScannerCache)
}

// GetDB is api/scanner/scanner_task/scanner_task.go:67.
func (c TaskContext) GetDB() *gorm.DB {
	return c.Context.Value(taskCtxKeyDatabase).(*gorm.DB)
}

// DatabaseTransaction is api/scanner/scanner_task/scanner_task.go:71.
func (c TaskContext) DatabaseTransaction(transFunc func(ctx TaskContext) error, opts ...*sql.TxOptions) error {
	return c.GetDB().Transaction(func(tx *gorm.DB) error {
		return transFunc(c.WithDB(tx))
	}, opts...)
}

// WithValue is api/scanner/scanner_task/scanner_task.go:77.
func (c TaskContext) WithValue(key, val interface{}) TaskContext {
	return TaskContext{
		Context: context.WithValue(c.Context, key, val),
	}
}

// WithDB is api/scanner/scanner_task/scanner_task.go:83.
func (c TaskContext) WithDB(db *gorm.DB) TaskContext {
	return c.WithValue(taskCtxKeyDatabase, db.WithContext(c.Context))
}

// ScannerTaskBase is api/scanner/scanner_task/scanner_task_base.go (no-op defaults).
type ScannerTaskBase struct{}

func (t ScannerTaskBase) BeforeScanAlbum(ctx TaskContext) (TaskContext, error) {
	return ctx, nil
}

func (t ScannerTaskBase) AfterScanAlbum(ctx TaskContext, changedMedia []*models.Media, albumMedia []*models.Media) error {
	return nil
}

func (t ScannerTaskBase) MediaFound(ctx TaskContext, fileInfo fs.FileInfo, mediaPath string) (skip bool, err error) {
	return false, nil
}

func (t ScannerTaskBase) AfterMediaFound(ctx TaskContext, media *models.Media, newMedia bool) error {
	return nil
}

func (t ScannerTaskBase) BeforeProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData) (TaskContext, error) {
	return ctx, nil
}

func (t ScannerTaskBase) ProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData, mediaCachePath string) (updatedURLs []*models.MediaURL, err error) {
	return []*models.MediaURL{}, nil
}

func (t ScannerTaskBase) AfterProcessMedia(ctx TaskContext, mediaData *media_encoding.EncodeMediaData, updatedURLs []*models.MediaURL, mediaIndex int, mediaTotal int) error {
	return nil
}
