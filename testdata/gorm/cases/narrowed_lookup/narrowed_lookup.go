// Issue 18: a lookup whose condition pins the unique key by equality and
// narrows the rows by other conjuncts (nginx-ui's "filename = ? AND
// key_type IN ?"): the equalities make the key, so it is fixed; on the
// way back a row the other conjuncts hide is not found, and the insert's
// error is returned, as before. And nezha's FirstOrCreate(&w) of a record
// built before a transaction callback, with the record as its own
// condition (Where(&w)): the record carries the key.
package narrowed_lookup

import (
	"errors"

	"gorm.io/gorm"
)

type Cert struct {
	ID       uint   `gorm:"primaryKey"`
	Filename string `gorm:"uniqueIndex"`
	KeyType  string
}

type Block struct {
	ID     uint   `gorm:"primaryKey"`
	IP     string `gorm:"uniqueIndex:idx_block"`
	Reason string `gorm:"uniqueIndex:idx_block"`
	Count  int
}

// CertFor narrows the lookup by key type.
func CertFor(db *gorm.DB, filename string) (*Cert, error) {
	var c Cert
	err := db.Where("filename = ? AND key_type IN ?", filename, []string{"rsa", "ecdsa"}).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Cert{Filename: filename, KeyType: "rsa"}
		err = db.Create(&c).Error
	}
	return &c, err
}

// BlockIP is nezha's BlockIP: FirstOrCreate in a transaction callback,
// then an update of the counter.
func BlockIP(db *gorm.DB, ip, reason string) error {
	w := Block{IP: ip, Reason: reason}
	return db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where(&w).FirstOrCreate(&w).Error; err != nil {
			return err
		}
		return tx.Model(&Block{}).Where("id = ?", w.ID).Update("count", gorm.Expr("count + 1")).Error
	})
}
