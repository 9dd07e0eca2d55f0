package entity

import (
	"gorm.io/gorm"
)

// SegmentDefaultRank reproduces pkg/entity/segment.go:11.
const SegmentDefaultRank = uint(999)

// Segment reproduces pkg/entity/segment.go:14 (only a non-unique index on
// flag_id).
type Segment struct {
	gorm.Model
	FlagID         uint   `gorm:"index:idx_segment_flagid"`
	Description    string `gorm:"type:text"`
	Rank           uint
	RolloutPercent uint
	Constraints    ConstraintArray
	Distributions  []Distribution
}

// PreloadConstraintsDistribution reproduces pkg/entity/segment.go:29.
func PreloadConstraintsDistribution(db *gorm.DB) *gorm.DB {
	return db.
		Preload("Distributions", func(db *gorm.DB) *gorm.DB {
			return db.Order("variant_id")
		}).
		Preload("Constraints", func(db *gorm.DB) *gorm.DB {
			return db.Order("created_at")
		})
}
