// Issue 18: the record to insert is the caller's (a pointer parameter)
// and GORM's create writes it before the insert, which may fail: the
// creation and update times, a default. The caller that loses the race
// would get its record back with those fields set, which the serial run
// does not do; the fix copies the record before the lookup and copies it
// back before going back. A record with an association (a slice of other
// rows) cannot be copied back whole: reported, not fixed. A model with
// nothing GORM writes before the insert needs no copy (wakapi's
// InsertOrGet).
package record_snapshot

import (
	"errors"
	"time"

	"gorm.io/gorm"
)

type Share struct {
	ID         uint   `gorm:"primaryKey"`
	FileID     string `gorm:"uniqueIndex:idx_share"`
	RemoteName string `gorm:"uniqueIndex:idx_share"`
	Status     string `gorm:"default:new"`
	CreatedAt  time.Time
	UpdatedAt  *time.Time
}

type Album struct {
	ID     uint    `gorm:"primaryKey"`
	UID    string  `gorm:"uniqueIndex"`
	Photos []Photo `gorm:"foreignKey:AlbumID"`
}

type Photo struct {
	ID      uint `gorm:"primaryKey"`
	AlbumID uint
	Name    string
}

type Key struct {
	Value string `gorm:"primaryKey"`
	Owner string
}

// FirstOrCreateShare is photoprism's FirstOrCreateFileShare: the lookup
// keyed by the record's own fields, the record inserted when not found.
func FirstOrCreateShare(db *gorm.DB, m *Share) *Share {
	result := Share{}
	if err := db.Where("file_id = ? AND remote_name = ?", m.FileID, m.RemoteName).First(&result).Error; err == nil {
		return &result
	} else if err := db.Create(m).Error; err != nil {
		return nil
	}
	return m
}

// EnsureAlbum inserts an album with its photos: not copied back.
func EnsureAlbum(db *gorm.DB, a *Album) error {
	var found Album
	err := db.Where("uid = ?", a.UID).First(&found).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = db.Create(a).Error
	}
	return err
}

// InsertOrGet is wakapi's: nothing of Key is written before the insert.
func InsertOrGet(db *gorm.DB, k *Key) (*Key, bool, error) {
	var found Key
	if err := db.Where(&Key{Value: k.Value}).First(&found).Error; err == nil {
		return &found, false, nil
	}
	if err := db.Create(k).Error; err != nil {
		return nil, false, err
	}
	return k, true, nil
}

// GateResult is 3x-ui's HwidGateResult: filled before the lookup.
type GateResult struct {
	Active     bool
	Limit      int
	Registered bool
}

// Gate fills its result before the lookup and changes it on the way to
// the create: its value at the lookup is no constant, so the fix copies it
// there (resSaved := res) and gives it back before going back.
func Gate(db *gorm.DB, uid string, limit int) (GateResult, error) {
	var res GateResult
	res.Active = true
	res.Limit = limit
	var found Share
	err := db.Where("file_id = ? AND remote_name = ?", uid, "gate").First(&found).Error
	if err == nil {
		return res, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return res, err
	}
	res.Registered = true
	if err := db.Create(&Share{FileID: uid, RemoteName: "gate"}).Error; err != nil {
		return res, err
	}
	return res, nil
}
