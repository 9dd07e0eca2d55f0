package entity

import (
	"fmt"

	"gorm.io/gorm"
)

// Constraint reproduces pkg/entity/constraint.go:13 (only a non-unique index
// on segment_id).
type Constraint struct {
	gorm.Model

	SegmentID uint `gorm:"index:idx_constraint_segmentid"`
	Property  string
	Operator  string
	Value     string `gorm:"type:text"`
}

// ConstraintArray reproduces pkg/entity/constraint.go:23.
type ConstraintArray []Constraint

// Validate reproduces pkg/entity/constraint.go:96 (the conditions-expression
// parser is trimmed to an emptiness check).
func (c *Constraint) Validate() error {
	if c.Property == "" || c.Operator == "" {
		return fmt.Errorf("invalid constraint")
	}
	return nil
}
