package entity

import (
	"fmt"

	"example.com/heldout/flagr/pkg/util"
	"gorm.io/gorm"
)

// Flag reproduces pkg/entity/flag.go:11. Table flags: gorm.Model id primary
// key; Key is `uniqueIndex:idx_flag_key` (flag.go:14); Tags is the
// many2many join table flags_tags (flag.go:21).
type Flag struct {
	gorm.Model

	Key         string `gorm:"type:varchar(64);uniqueIndex:idx_flag_key"`
	Description string `gorm:"type:text"`
	CreatedBy   string
	UpdatedBy   string
	Enabled     bool
	Segments    []Segment
	Variants    []Variant
	Tags        []Tag `gorm:"many2many:flags_tags;"`
	SnapshotID  uint
	Notes       string `gorm:"type:text"`

	DataRecordsEnabled bool
	EntityType         string
}

// PreloadFlagTags reproduces pkg/entity/flag.go:38.
func PreloadFlagTags(db *gorm.DB) *gorm.DB {
	return db.Preload("Tags", func(db *gorm.DB) *gorm.DB {
		return db.Order("id")
	})
}

// PreloadSegmentsVariantsTags reproduces pkg/entity/flag.go:45.
func PreloadSegmentsVariantsTags(db *gorm.DB) *gorm.DB {
	return db.
		Preload("Segments", func(db *gorm.DB) *gorm.DB {
			return PreloadConstraintsDistribution(db).
				Order("segments.rank").
				Order("segments.id")
		}).
		Preload("Variants", func(db *gorm.DB) *gorm.DB {
			return db.Order("id")
		}).
		Preload("Tags", func(db *gorm.DB) *gorm.DB {
			return db.Order("id")
		})
}

// CreateFlagKey reproduces pkg/entity/flag.go:92.
func CreateFlagKey(key string) (string, error) {
	if key == "" {
		key = util.NewSecureRandomKey()
	} else {
		ok, reason := util.IsSafeKey(key)
		if !ok {
			return "", fmt.Errorf("cannot create flag due to invalid key. reason: %s", reason)
		}
	}
	return key, nil
}

// CreateFlagEntityType reproduces pkg/entity/flag.go:105 (lookup and insert
// :111). Callers: handler PutFlag (crud.go:298) and DuplicateFlag
// (crud_duplicate.go:77), both inside the commitFlagMutation transaction.
func CreateFlagEntityType(db *gorm.DB, key string) error {
	ok, reason := util.IsSafeKey(key)
	if !ok && key != "" {
		return fmt.Errorf("invalid DataRecordsEntityType. reason: %s", reason)
	}
	d := FlagEntityType{Key: key}
	// GORM FirstOrCreate: SELECT ... WHERE key = ? ORDER BY id LIMIT 1, then
	// INSERT when no row; two PutFlag calls introducing the same new entity type
	// both miss and both INSERT, the loser fails on flag_entity_type_key.
	return db.Where(d).FirstOrCreate(&d).Error // race
}
