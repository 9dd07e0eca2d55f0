// A get-or-create whose unique violation the function answers with an
// error of the package's own, called only from a loop that runs it in a
// transaction and goes round again on that error (webook's credit
// upsert): the loser's transaction rolls back and the next round finds
// the winner's row, as the serial run does. Not reported. Called once,
// with no loop, or exported (callers elsewhere may not retry): reported.
package caller_retry

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type Counter struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
	N    int
}

var ErrConflict = errors.New("counter: concurrent create")

type Store struct{ db *gorm.DB }

// Bump counts name once, retrying on a lost create.
func (s *Store) Bump(name string) error {
	for {
		err := s.db.Transaction(func(tx *gorm.DB) error {
			return s.bump(tx, name)
		})
		if errors.Is(err, ErrConflict) {
			continue
		}
		return err
	}
}

func (s *Store) bump(tx *gorm.DB, name string) error {
	var c Counter
	err := tx.Where("name = ?", name).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Counter{Name: name, N: 1}
		if err := tx.Create(&c).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return fmt.Errorf("%w", ErrConflict)
			}
			return err
		}
		return nil
	}
	if err != nil {
		return err
	}
	return tx.Model(&c).Update("n", c.N+1).Error
}

// BumpOnce runs the same once: reported.
func (s *Store) BumpOnce(name string) error {
	return s.db.Transaction(func(tx *gorm.DB) error {
		return s.bumpOnce(tx, name)
	})
}

func (s *Store) bumpOnce(tx *gorm.DB, name string) error {
	var c Counter
	err := tx.Where("name = ?", name).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Counter{Name: name, N: 1}
		if err := tx.Create(&c).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return fmt.Errorf("%w", ErrConflict)
			}
			return err
		}
		return nil
	}
	if err != nil {
		return err
	}
	return tx.Model(&c).Update("n", c.N+1).Error
}

// BumpTx is exported, so callers in other packages may not retry:
// reported.
func (s *Store) BumpTx(tx *gorm.DB, name string) error {
	var c Counter
	err := tx.Where("name = ?", name).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Counter{Name: name, N: 1}
		if err := tx.Create(&c).Error; err != nil {
			if errors.Is(err, gorm.ErrDuplicatedKey) {
				return fmt.Errorf("%w", ErrConflict)
			}
			return err
		}
		return nil
	}
	if err != nil {
		return err
	}
	return tx.Model(&c).Update("n", c.N+1).Error
}
