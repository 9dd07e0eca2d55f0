package negatives

import (
	"context"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

var _ = context.Background
var _ = errors.Is

type Item struct {
	ID  uint
	SKU string `gorm:"uniqueIndex"`
	Qty int
}

type Audit struct {
	ID   uint
	What string
}

// update instead of create: not a get-or-create.
func Bump(db *gorm.DB, sku string) error {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Model(&Item{}).Where("sku = ?", sku).Update("qty", 1).Error
	}
	return err
}

// a create of another model.
func Log(db *gorm.DB, sku string) error {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Audit{What: "missing " + sku}).Error
	}
	return err
}

// already atomic.
func Atomic(db *gorm.DB, sku string) error {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		it = Item{SKU: sku}
		return db.Clauses(clause.OnConflict{DoNothing: true}).Create(&it).Error
	}
	return err
}

// create, then catch the duplicate and re-read: already safe.
func CatchDuplicate(db *gorm.DB, sku string) (*Item, error) {
	it := Item{SKU: sku}
	err := db.Create(&it).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		err = db.Where("sku = ?", sku).First(&it).Error
	}
	return &it, err
}

// find, create, and on a duplicate re-read: already handles the race.
func FindCreateCatch(db *gorm.DB, sku string) (*Item, error) {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		it = Item{SKU: sku}
		err = db.Create(&it).Error
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			err = db.Where("sku = ?", sku).First(&it).Error
		}
	}
	return &it, err
}

// not found is an error here; the create is reached only when found.
func NotFoundIsError(db *gorm.DB, sku string) error {
	var it Item
	if err := db.Where("sku = ?", sku).First(&it).Error; err != nil {
		return err
	}
	return db.Create(&Item{SKU: it.SKU + "-copy"}).Error
}

// the not-found branch returns an error.
func MustExist(db *gorm.DB, sku string) (*Item, error) {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errors.New("no such item")
	}
	return &it, err
}

// ErrAlreadyExists is what the store makes of a unique violation.
var ErrAlreadyExists = errors.New("already exists")

// putItem inserts the item; a unique violation is ErrAlreadyExists.
func putItem(db *gorm.DB, it *Item) error {
	if err := db.Create(it).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			return ErrAlreadyExists
		}
		return err
	}
	return nil
}

// the insert's ErrAlreadyExists is ignored: the caller only needs the
// row to exist (gotosocial's fetchAccountInstance).
func EnsureItem(db *gorm.DB, sku string) error {
	var it Item
	err := db.Where("sku = ?", sku).First(&it).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	if err == nil {
		return nil
	}
	if err := putItem(db, &Item{SKU: sku}); err != nil && !errors.Is(err, ErrAlreadyExists) {
		return err
	}
	return nil
}
