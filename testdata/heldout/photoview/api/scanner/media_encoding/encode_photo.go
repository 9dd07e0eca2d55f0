// Package media_encoding is api/scanner/media_encoding/encode_photo.go
// (reduced: the encoders only touch files, never the database).
package media_encoding

import (
	"fmt"

	"example.com/heldout/photoview/api/graphql/models"
	"example.com/heldout/photoview/api/scanner/media_type"
	"gorm.io/gorm"
)

// Dimension is api/scanner/media_encoding/encode_photo.go:19.
type Dimension struct {
	Width  int
	Height int
}

// GetPhotoDimensions is api/scanner/media_encoding/encode_photo.go:54.
func GetPhotoDimensions(imagePath string) (Dimension, error) {
	return Dimension{Width: 1024, Height: 768}, nil
}

// EncodeThumbnail is api/scanner/media_encoding/encode_photo.go:68.
func EncodeThumbnail(db *gorm.DB, inputPath string, outputPath string) (Dimension, error) {
	return Dimension{Width: 256, Height: 192}, nil
}

// EncodeMediaData is api/scanner/media_encoding/encode_photo.go:97.
type EncodeMediaData struct {
	Media           *models.Media
	CounterpartPath *string
	_contentType    *media_type.MediaType
}

// NewEncodeMediaData is api/scanner/media_encoding/encode_photo.go:105.
func NewEncodeMediaData(media *models.Media) EncodeMediaData {
	return EncodeMediaData{
		Media: media,
	}
}

// ContentType is api/scanner/media_encoding/encode_photo.go:115.
func (img *EncodeMediaData) ContentType() (media_type.MediaType, error) {
	if img._contentType != nil {
		return *img._contentType, nil
	}

	imgType := media_type.GetMediaType(img.Media.Path)
	if imgType == media_type.TypeUnknown {
		return imgType, fmt.Errorf("unknown type of %q", img.Media.Path)
	}

	img._contentType = &imgType
	return imgType, nil
}

// EncodeHighRes is api/scanner/media_encoding/encode_photo.go:129.
func (img *EncodeMediaData) EncodeHighRes(outputPath string) error {
	return nil
}

// ProbeData stands in for *ffprobe.ProbeData (gopkg.in/vansante/go-ffprobe.v2).
type ProbeData struct{}

// VideoMetadata is api/scanner/media_encoding/encode_photo.go:155.
func (enc *EncodeMediaData) VideoMetadata() (*ProbeData, error) {
	return &ProbeData{}, nil
}
