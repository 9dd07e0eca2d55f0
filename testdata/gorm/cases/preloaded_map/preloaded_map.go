// Rows loaded into a map once, then each missing key created in a loop
// (3x-ui's UpdateAllSetting): reported, not fixed.
package preloaded_map

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type Setting struct {
	ID    uint
	Key   string `gorm:"uniqueIndex"`
	Value string
}

// SaveAll writes every setting, creating those that are missing.
func SaveAll(db *gorm.DB, values map[string]string) error {
	return db.Transaction(func(tx *gorm.DB) error {
		var existing []*Setting
		if err := tx.Find(&existing).Error; err != nil {
			return err
		}
		byKey := make(map[string]*Setting, len(existing))
		for _, st := range existing {
			byKey[st.Key] = st
		}
		for key, value := range values {
			if st, ok := byKey[key]; ok {
				st.Value = value
				if err := tx.Save(st).Error; err != nil {
					return err
				}
				continue
			}
			if err := tx.Create(&Setting{Key: key, Value: value}).Error; err != nil {
				return err
			}
		}
		return nil
	})
}

// SeenOnce creates in the branch where a bool index misses.
func SeenOnce(db *gorm.DB, keys []string) error {
	var rows []Setting
	if err := db.Where("value = ?", "").Find(&rows).Error; err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, r := range rows {
		seen[r.Key] = true
	}
	for _, k := range keys {
		if !seen[k] {
			if err := db.Create(&Setting{Key: k}).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

// UpsertAll is not reported: its insert is atomic.
func UpsertAll(db *gorm.DB, values map[string]string) error {
	var existing []Setting
	if err := db.Find(&existing).Error; err != nil {
		return err
	}
	byKey := map[string]uint{}
	for _, st := range existing {
		byKey[st.Key] = st.ID
	}
	for key, value := range values {
		if byKey[key] == 0 {
			s := Setting{Key: key, Value: value}
			if err := db.Clauses(clause.OnConflict{DoNothing: true}).Create(&s).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

// UpdateKnown is not reported: a miss only skips.
func UpdateKnown(db *gorm.DB, values map[string]string) error {
	var existing []Setting
	if err := db.Find(&existing).Error; err != nil {
		return err
	}
	byKey := map[string]*Setting{}
	for i := range existing {
		byKey[existing[i].Key] = &existing[i]
	}
	for key, value := range values {
		st, ok := byKey[key]
		if !ok {
			continue
		}
		st.Value = value
		if err := db.Save(st).Error; err != nil {
			return err
		}
	}
	return nil
}
