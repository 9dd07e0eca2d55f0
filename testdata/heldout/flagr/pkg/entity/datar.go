package entity

import "time"

// HourlyEvent reproduces pkg/entity/datar.go:8. The natural key
// (flag_id, bucket_hour, variant_id, segment_id) is the unique index
// idx_datar_hourly (:10-13).
type HourlyEvent struct {
	ID         uint      `gorm:"primaryKey;autoIncrement"`
	FlagID     int64     `gorm:"not null;uniqueIndex:idx_datar_hourly,priority:1"`
	BucketHour time.Time `gorm:"not null;uniqueIndex:idx_datar_hourly,priority:2"`
	VariantID  int64     `gorm:"not null;default:0;uniqueIndex:idx_datar_hourly,priority:3"`
	SegmentID  int64     `gorm:"not null;default:0;uniqueIndex:idx_datar_hourly,priority:4"`
	EvalCount  int32     `gorm:"not null;default:0"`
	UpdatedAt  time.Time `gorm:"autoUpdateTime"`
}

// TableName reproduces pkg/entity/datar.go:19.
func (HourlyEvent) TableName() string {
	return "datar_hourly_events"
}
