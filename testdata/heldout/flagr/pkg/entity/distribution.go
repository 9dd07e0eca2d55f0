package entity

import (
	"gorm.io/gorm"
)

// Distribution reproduces pkg/entity/distribution.go:21 (only non-unique
// indexes on segment_id and variant_id).
type Distribution struct {
	gorm.Model
	SegmentID  uint `gorm:"index:idx_distribution_segmentid"`
	VariantID  uint `gorm:"index:idx_distribution_variantid"`
	VariantKey string

	Percent uint   // Percent is an uint from 0 to 100, percent is always derived from Bitmap
	Bitmap  string `gorm:"type:text" json:"-"`
}
