package scanner_tasks

import (
	"log"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/face_detection"
	"example.com/heldout/photoview/api/scanner/media_encoding"
	"example.com/heldout/photoview/api/scanner/scanner_task"
)

// FaceDetectionTask is api/scanner/scanner_tasks/face_detection_task.go:11.
type FaceDetectionTask struct {
	scanner_task.ScannerTaskBase
}

// AfterProcessMedia is api/scanner/scanner_tasks/face_detection_task.go:15.
func (t FaceDetectionTask) AfterProcessMedia(ctx scanner_task.TaskContext, mediaData *media_encoding.EncodeMediaData,
	updatedURLs []*models.MediaURL, mediaIndex int, mediaTotal int) error {

	didProcess := len(updatedURLs) > 0

	if didProcess && mediaData.Media.Type == models.MediaTypePhoto {
		media := mediaData.Media
		if face_detection.GlobalFaceDetector == nil {
			return nil
		}
		if err := face_detection.GlobalFaceDetector.DetectFaces(ctx.GetDB(), media); err != nil {
			log.Printf("Error detecting faces in image (%s): %s", media.Path, err)
		}
	}

	return nil
}
