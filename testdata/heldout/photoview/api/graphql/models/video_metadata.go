package models

// VideoMetadata is api/graphql/models/video_metadata.go:3.
type VideoMetadata struct {
	Model
	Width    int     `gorm:"not null"`
	Height   int     `gorm:"not null"`
	Duration float64 `gorm:"not null"`
}
