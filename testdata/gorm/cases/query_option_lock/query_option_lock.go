// A read-modify-write transaction that sets FOR UPDATE as a query option
// of its handle (SPIRE's withReadModifyWriteTx on GORM v1) locks the
// rows each query reads: a lookup that finds no row locks nothing
// (PostgreSQL) or a gap that makes the second insert deadlock (MySQL),
// so both callers still reach the insert. A lock the code takes with a
// query of its own before the lookup (the parent's row, SELECT ... FOR
// UPDATE) serializes the callers: not reported.
package query_option_lock

import (
	"github.com/jinzhu/gorm"
)

type Bundle struct {
	ID          int
	TrustDomain string `gorm:"unique_index"`
	Data        []byte
}

type Store struct{ db *gorm.DB }

func (s *Store) withReadModifyWriteTx(op func(tx *gorm.DB) error) error {
	tx := s.db.Begin()
	tx = tx.Set("gorm:query_option", "FOR UPDATE")
	if err := op(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit().Error
}

// AppendBundle: reported, the query option locks no absent row.
func (s *Store) AppendBundle(td string, data []byte) error {
	return s.withReadModifyWriteTx(func(tx *gorm.DB) error {
		return appendBundle(tx, td, data)
	})
}

func appendBundle(tx *gorm.DB, td string, data []byte) error {
	model := &Bundle{}
	result := tx.Find(model, "trust_domain = ?", td)
	if result.RecordNotFound() {
		return tx.Create(&Bundle{TrustDomain: td, Data: data}).Error
	} else if result.Error != nil {
		return result.Error
	}
	model.Data = append(model.Data, data...)
	return tx.Save(model).Error
}

// AppendLocked: not reported, the parent row is locked first.
func (s *Store) AppendLocked(td string, data []byte) error {
	tx := s.db.Begin()
	if err := tx.Exec("SELECT id FROM trust_domains WHERE name = ? FOR UPDATE", td).Error; err != nil {
		tx.Rollback()
		return err
	}
	model := &Bundle{}
	result := tx.Find(model, "trust_domain = ?", td)
	if result.RecordNotFound() {
		if err := tx.Create(&Bundle{TrustDomain: td, Data: data}).Error; err != nil {
			tx.Rollback()
			return err
		}
	} else if result.Error != nil {
		tx.Rollback()
		return result.Error
	}
	return tx.Commit().Error
}
