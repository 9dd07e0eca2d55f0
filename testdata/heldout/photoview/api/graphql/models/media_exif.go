package models

import "time"

// MediaEXIF is api/graphql/models/media_exif.go:8 (only the primary key is a key).
type MediaEXIF struct {
	Model
	Description *string
	Camera      *string
	DateShot    *time.Time
}

// TableName is api/graphql/models/media_exif.go:27.
func (MediaEXIF) TableName() string {
	return "media_exif"
}
