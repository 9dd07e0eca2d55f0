// Issue 16: a unique violation tested through helpers of the package
// (alreadyTaken calls isUniqueViolation) is a test of it, as one written
// in place is. Here every way out of the test returns an error
// (ErrTaken) where the serial run returns the team found: a race, fixed
// by going back to the lookup before that test, which still answers a
// second failure. A test that goes back to the lookup (TeamOrFound) is
// the code's own retry: not reported.
package conflict_helper

import (
	"errors"

	"gorm.io/gorm"
)

var ErrTaken = errors.New("slug already taken")

type Team struct {
	ID   uint
	Slug string `gorm:"uniqueIndex"`
}

func isUniqueViolation(err error) bool {
	var se interface{ SQLState() string } // pgconn.PgError, pq.Error
	return errors.As(err, &se) && se.SQLState() == "23505"
}

func alreadyTaken(err error) bool {
	return errors.Is(err, gorm.ErrDuplicatedKey) || isUniqueViolation(err)
}

func TeamFor(db *gorm.DB, slug string) (*Team, error) {
	var t Team
	err := db.Where("slug = ?", slug).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Team{Slug: slug}
		err = db.Create(&t).Error
		if alreadyTaken(err) {
			return nil, ErrTaken
		}
	}
	return &t, err
}

// TeamOrFound reads the winner's row again after the violation.
func TeamOrFound(db *gorm.DB, slug string) (*Team, error) {
	var t Team
	err := db.Where("slug = ?", slug).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Team{Slug: slug}
		err = db.Create(&t).Error
		if alreadyTaken(err) {
			err = db.Where("slug = ?", slug).First(&t).Error
		}
	}
	return &t, err
}

// NewTeam answers a taken slug with ErrTaken on both paths, and the
// unique index makes the insert fail: handled, not reported.
func NewTeam(db *gorm.DB, slug string) error {
	var t Team
	if err := db.Where("slug = ?", slug).First(&t).Error; err == nil {
		return ErrTaken
	}
	if err := db.Create(&Team{Slug: slug}).Error; err != nil {
		if alreadyTaken(err) {
			return ErrTaken
		}
		return err
	}
	return nil
}

// Label has no unique key: the caught violation never comes.
type Label struct {
	ID   uint
	Name string
}

// NewLabel is reported: without a unique key the insert does not fail,
// and two callers both insert.
func NewLabel(db *gorm.DB, name string) error {
	var l Label
	if err := db.Where("name = ?", name).First(&l).Error; err == nil {
		return ErrTaken
	}
	if err := db.Create(&Label{Name: name}).Error; err != nil {
		if alreadyTaken(err) {
			return ErrTaken
		}
		return err
	}
	return nil
}
