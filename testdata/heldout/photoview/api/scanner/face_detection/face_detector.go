// Package face_detection is api/scanner/face_detection (face_detector.go and
// face_detector_impl.go, reduced).
package face_detection

import (
	"example.com/heldout/photoview/api/graphql/models"
	"gorm.io/gorm"
)

// FaceDetector is api/scanner/face_detection/face_detector.go (reduced).
type FaceDetector interface {
	DetectFaces(db *gorm.DB, media *models.Media) error
	MergeImageFaces(imageFaceIDs []int, destFaceGroupID int32)
}

// GlobalFaceDetector is api/scanner/face_detection/face_detector.go.
var GlobalFaceDetector FaceDetector = nil
