// Package scanner_tasks is api/scanner/scanner_tasks (reduced to the tasks that write rows).
package scanner_tasks

import (
	"io/fs"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_task"
	"example.com/heldout/photoview/api/scanner/scanner_tasks/processing_tasks"
)

// allTasks is api/scanner/scanner_tasks/scanner_tasks.go:15 (tasks without
// database writes left out).
var allTasks []scanner_task.ScannerTask = []scanner_task.ScannerTask{
	processing_tasks.SidecarTask{},
	processing_tasks.ProcessPhotoTask{},
	processing_tasks.ProcessVideoTask{},
	FaceDetectionTask{},
	BlurhashTask{},
	ExifTask{},
}

type scannerTasks struct {
	scanner_task.ScannerTaskBase
}

// Tasks is api/scanner/scanner_tasks/scanner_tasks.go:33.
var Tasks scannerTasks = scannerTasks{}

// simpleCombinedTasks is api/scanner/scanner_tasks/scanner_tasks.go:35.
func simpleCombinedTasks(ctx scanner_task.TaskContext, doTask func(ctx scanner_task.TaskContext,
	task scanner_task.ScannerTask) error) error {

	for _, task := range allTasks {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}

		err := doTask(ctx, task)
		if err != nil {
			return err
		}
	}
	return nil
}

// BeforeScanAlbum is api/scanner/scanner_tasks/scanner_tasks.go:53.
func (t scannerTasks) BeforeScanAlbum(ctx scanner_task.TaskContext) (scanner_task.TaskContext, error) {
	for _, task := range allTasks {
		var err error
		ctx, err = task.BeforeScanAlbum(ctx)
		if err != nil {
			return ctx, err
		}
	}

	return ctx, nil
}

// MediaFound is api/scanner/scanner_tasks/scanner_tasks.go:71.
func (t scannerTasks) MediaFound(ctx scanner_task.TaskContext, fileInfo fs.FileInfo, mediaPath string) (bool, error) {
	for _, task := range allTasks {
		skip, err := task.MediaFound(ctx, fileInfo, mediaPath)

		if err != nil {
			return false, err
		}

		if skip {
			return true, nil
		}
	}

	return false, nil
}

// AfterScanAlbum is api/scanner/scanner_tasks/scanner_tasks.go:94.
func (t scannerTasks) AfterScanAlbum(ctx scanner_task.TaskContext, changedMedia []*models.Media,
	albumMedia []*models.Media) error {

	return simpleCombinedTasks(ctx, func(ctx scanner_task.TaskContext, task scanner_task.ScannerTask) error {
		return task.AfterScanAlbum(ctx, changedMedia, albumMedia)
	})
}

// AfterMediaFound is api/scanner/scanner_tasks/scanner_tasks.go:102.
func (t scannerTasks) AfterMediaFound(ctx scanner_task.TaskContext, media *models.Media, newMedia bool) error {
	return simpleCombinedTasks(ctx, func(ctx scanner_task.TaskContext, task scanner_task.ScannerTask) error {
		return task.AfterMediaFound(ctx, media, newMedia)
	})
}

// BeforeProcessMedia is api/scanner/scanner_tasks/scanner_tasks.go:108.
func (t scannerTasks) BeforeProcessMedia(ctx scanner_task.TaskContext,
	mediaData *media_encoding.EncodeMediaData) (scanner_task.TaskContext, error) {

	for _, task := range allTasks {
		var err error
		ctx, err = task.BeforeProcessMedia(ctx, mediaData)
		if err != nil {
			return ctx, err
		}
	}

	return ctx, nil
}

// ProcessMedia is api/scanner/scanner_tasks/scanner_tasks.go:128.
func (t scannerTasks) ProcessMedia(ctx scanner_task.TaskContext, mediaData *media_encoding.EncodeMediaData,
	mediaCachePath string) ([]*models.MediaURL, error) {

	allNewMedia := make([]*models.MediaURL, 0)

	for _, task := range allTasks {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		default:
		}

		newMedia, err := task.ProcessMedia(ctx, mediaData, mediaCachePath)
		if err != nil {
			return []*models.MediaURL{}, err
		}

		allNewMedia = append(allNewMedia, newMedia...)
	}

	return allNewMedia, nil
}

// AfterProcessMedia is api/scanner/scanner_tasks/scanner_tasks.go:151.
func (t scannerTasks) AfterProcessMedia(ctx scanner_task.TaskContext, mediaData *media_encoding.EncodeMediaData,
	updatedURLs []*models.MediaURL, mediaIndex int, mediaTotal int) error {

	return simpleCombinedTasks(ctx, func(ctx scanner_task.TaskContext, task scanner_task.ScannerTask) error {
		return task.AfterProcessMedia(ctx, mediaData, updatedURLs, mediaIndex, mediaTotal)
	})
}
