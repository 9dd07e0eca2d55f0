package entity

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"

	"example.com/heldout/flagr/pkg/util"
	"gorm.io/gorm"
)

// Variant reproduces pkg/entity/variant.go:15 (only a non-unique index on
// flag_id; Key is not unique).
type Variant struct {
	gorm.Model
	FlagID     uint `gorm:"index:idx_variant_flagid"`
	Key        string
	Attachment Attachment `gorm:"type:text"`
}

// Validate reproduces pkg/entity/variant.go:23.
func (v *Variant) Validate() error {
	ok, msg := util.IsSafeKey(v.Key)
	if !ok {
		return fmt.Errorf("%s", msg)
	}
	return nil
}

// Attachment reproduces pkg/entity/variant.go:32.
type Attachment map[string]any

// Scan reproduces pkg/entity/variant.go:35 (cast.ToString trimmed).
func (a *Attachment) Scan(value any) error {
	if value == nil {
		return nil
	}
	var s string
	switch v := value.(type) {
	case []byte:
		s = string(v)
	case string:
		s = v
	default:
		s = fmt.Sprint(v)
	}
	if err := json.Unmarshal([]byte(s), a); err != nil {
		return fmt.Errorf("cannot scan %v into Attachment type. err: %v", value, err)
	}
	return nil
}

// Value reproduces pkg/entity/variant.go:47.
func (a Attachment) Value() (driver.Value, error) {
	bytes, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	return string(bytes), nil
}
