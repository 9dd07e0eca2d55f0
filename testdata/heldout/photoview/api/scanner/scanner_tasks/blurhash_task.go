package scanner_tasks

import (
	"fmt"
	"log"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_task"
)

// BlurhashTask is api/scanner/scanner_tasks/blurhash_task.go:16.
type BlurhashTask struct {
	scanner_task.ScannerTaskBase
}

// AfterProcessMedia is api/scanner/scanner_tasks/blurhash_task.go:20 (image
// decoding reduced): the media lookup (:30) guards an update of its blurhash
// column (:50).
func (t BlurhashTask) AfterProcessMedia(ctx scanner_task.TaskContext, mediaData *media_encoding.EncodeMediaData, updatedURLs []*models.MediaURL, mediaIndex int, mediaTotal int) error {
	hasThumbnailUpdated := false
	for _, url := range updatedURLs {
		if url.Purpose == models.PhotoThumbnail || url.Purpose == models.VideoThumbnail {
			hasThumbnailUpdated = true
			break
		}
	}

	var media *models.Media
	if err := ctx.GetDB().Preload("MediaURL").Where("id = ?", mediaData.Media.ID).First(&media).Error; err != nil { // safe: guards an update only (Select("blurhash").Save of the found media row); a missing row is an error, nothing is inserted
		return fmt.Errorf("failed to get media(id:%d): %w", mediaData.Media.ID, err)
	}

	if media.Blurhash != nil && !hasThumbnailUpdated {
		log.Printf("No thumbnail updated, ignore generating blurhash: %s", media.Path)
		return nil
	}

	thumbnail, err := media.GetThumbnail()
	if err != nil {
		return fmt.Errorf("failed to get thumbnail of image %q: %w", mediaData.Media.Path, err)
	}

	hashStr := fmt.Sprintf("blurhash-of-%s", thumbnail.MediaName)

	media.Blurhash = &hashStr
	if err := ctx.GetDB().Select("blurhash").Save(media).Error; err != nil {
		return fmt.Errorf("failed to store blurhash of image %q: %w", mediaData.Media.Path, err)
	}

	return nil
}
