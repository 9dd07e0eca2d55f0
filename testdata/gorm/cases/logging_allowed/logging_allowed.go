// Issue 16, the logging policy: a log line is a diagnostic, not state; it
// may run twice for the loser. Printing to standard output is an effect.
package logging_allowed

import (
	"errors"
	"fmt"
	"log"
	"log/slog"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// The fix imports clause; importing it already keeps the line numbers
// of the refused sites the same in the second run.
var _ clause.Expression

type Team struct {
	ID   uint
	Slug string `gorm:"uniqueIndex"`
}

func TeamPrinted(db *gorm.DB, slug string) (uint, error) {
	var t Team
	err := db.Where("slug = ?", slug).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		fmt.Println("creating team", slug)
		t = Team{Slug: slug}
		err = db.Create(&t).Error
	}
	return t.ID, err
}

func TeamFor(db *gorm.DB, slug string) (uint, error) {
	var t Team
	err := db.Where("slug = ?", slug).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		log.Printf("creating team %s", slug)
		slog.Info("creating team", "slug", slug)
		t = Team{Slug: slug}
		err = db.Create(&t).Error
	}
	return t.ID, err
}
