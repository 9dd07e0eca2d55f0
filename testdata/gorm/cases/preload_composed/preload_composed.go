// Rows preloaded into a map keyed by a string composed of their fields
// (Apache Answer's LinkQuestion: fmt.Sprintf("%s:%s", l.From, l.To)),
// then the missing keys created: reported with the composed columns.
// A map keyed by something else than the row's fields is not read.
package preload_composed

import (
	"fmt"

	"gorm.io/gorm"
)

type Link struct {
	ID     uint   `gorm:"primaryKey"`
	FromID string `gorm:"size:32;uniqueIndex:idx_link"`
	ToID   string `gorm:"size:32;uniqueIndex:idx_link"`
}

// LinkAll creates the links that do not exist yet.
func LinkAll(db *gorm.DB, from string, to []string) error {
	var existing []Link
	if err := db.Where("from_id = ?", from).Find(&existing).Error; err != nil {
		return err
	}
	byKey := map[string]bool{}
	for _, l := range existing {
		key := fmt.Sprintf("%s:%s", l.FromID, l.ToID)
		byKey[key] = true
	}
	var missing []Link
	for _, t := range to {
		if byKey[fmt.Sprintf("%s:%s", from, t)] {
			continue
		}
		missing = append(missing, Link{FromID: from, ToID: t})
	}
	if len(missing) == 0 {
		return nil
	}
	return db.Create(&missing).Error
}

type pair struct{ From, To string }

// LinkPairs keys the map by a struct of the row's fields.
func LinkPairs(db *gorm.DB, from string, to []string) error {
	var existing []Link
	if err := db.Where("from_id = ?", from).Find(&existing).Error; err != nil {
		return err
	}
	seen := map[pair]bool{}
	for _, l := range existing {
		seen[pair{From: l.FromID, To: l.ToID}] = true
	}
	for _, t := range to {
		if seen[pair{From: from, To: t}] {
			continue
		}
		if err := db.Create(&Link{FromID: from, ToID: t}).Error; err != nil {
			return err
		}
	}
	return nil
}

// CountAll only counts: no site.
func CountAll(db *gorm.DB, from string) (map[string]int, error) {
	var existing []Link
	if err := db.Where("from_id = ?", from).Find(&existing).Error; err != nil {
		return nil, err
	}
	n := map[string]int{}
	for _, l := range existing {
		key := fmt.Sprintf("%s:%s", l.FromID, l.ToID)
		n[key]++
	}
	return n, nil
}
