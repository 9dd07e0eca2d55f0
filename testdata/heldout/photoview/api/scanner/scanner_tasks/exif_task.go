package scanner_tasks

import (
	"errors"
	"fmt"
	"log"

	"gorm.io/gorm"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/externaltools/exif"
	"example.com/heldout/photoview/api/scanner/scanner_task"
)

// ExifTask is api/scanner/scanner_tasks/exif_task.go:15.
type ExifTask struct {
	scanner_task.ScannerTaskBase
}

// AfterMediaFound is api/scanner/scanner_tasks/exif_task.go:19: only for
// newMedia, i.e. right after this very caller's ScanMedia inserted the media row.
func (t ExifTask) AfterMediaFound(ctx scanner_task.TaskContext, media *models.Media, newMedia bool) error {
	if !newMedia {
		return nil
	}

	if err := SaveEXIF(ctx.GetDB(), media); err != nil {
		log.Printf("SaveEXIF failed for %s: %s", media.Path, err)
	}

	return nil
}

// SaveEXIF is api/scanner/scanner_tasks/exif_task.go:32 (lookup :37, insert of
// a fresh media_exif row and update of media.exif_id by Association Replace :62).
// SaveEXIF scans the media file for exif metadata and saves it in the database if found
func SaveEXIF(tx *gorm.DB, media *models.Media) error {
	// Check if EXIF data already exists
	if media.ExifID != nil {
		var e models.MediaEXIF
		var err error
		if err = tx.First(&e, media.ExifID).Error; err == nil { // safe: only reached for a media row this same caller has just inserted (AfterMediaFound returns early unless newMedia), and the inserted media_exif row gets a fresh id
			return nil
		}
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return fmt.Errorf("failed to get EXIF for %q from database: %w", media.Path, err)
		}
		log.Printf("EXIF metadata not found in database, will re-parse it: %s: %s", media.Path, err)
		media.ExifID = nil
	}

	exifData, err := exif.Parse(media.Path)
	if err != nil {
		return fmt.Errorf("failed to parse exif data: %w", err)
	}

	if exifData == nil {
		return nil
	}

	// Add EXIF to database and link to media
	if err := tx.Model(media).Association("Exif").Replace(exifData); err != nil {
		return fmt.Errorf("failed to save media exif to database: %w", err)
	}

	if exifData.DateShot != nil && !exifData.DateShot.Equal(media.DateShot) {
		if err := tx.Save(media).Error; err != nil {
			return fmt.Errorf("failed to update EXIF metadata for the media %s: %w", media.Path, err)
		}
		media.DateShot = *exifData.DateShot
	}

	return nil
}
