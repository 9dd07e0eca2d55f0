// A repository's list getter that drops its error (bbsgo's
// repositories: Find(db, cnd) (list []T)) is a lookup of rows: rows
// loaded through it into a map, then the missing keys created, are the
// preloaded-rows race.
package preload_list_getter

import (
	"gorm.io/gorm"
)

type Level struct {
	ID    uint
	Level int `gorm:"uniqueIndex"`
	Title string
}

type LevelRepo struct{}

// All returns every level; a failed query gives none.
func (LevelRepo) All(db *gorm.DB) (list []Level) {
	db.Order("level").Find(&list)
	return
}

// Create inserts l.
func (LevelRepo) Create(db *gorm.DB, l *Level) error { return db.Create(l).Error }

// Update saves l.
func (LevelRepo) Update(db *gorm.DB, l *Level) error { return db.Save(l).Error }

var Levels LevelRepo

// SaveAll writes the levels, creating the missing ones.
func SaveAll(db *gorm.DB, items []Level) error {
	existing := Levels.All(db)
	byLevel := make(map[int]uint, len(existing))
	for _, e := range existing {
		byLevel[e.Level] = e.ID
	}
	for i := range items {
		if id := byLevel[items[i].Level]; id > 0 {
			items[i].ID = id
			if err := Levels.Update(db, &items[i]); err != nil {
				return err
			}
		} else {
			if err := Levels.Create(db, &items[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// Titles only reads the levels.
func Titles(db *gorm.DB) map[int]string {
	out := map[int]string{}
	for _, e := range Levels.All(db) {
		out[e.Level] = e.Title
	}
	return out
}
