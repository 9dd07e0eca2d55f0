// GORM: a found row that fails a test of its own takes the create too
// (nginx-ui's BanIP: if err != nil || b.ExpiredAt <= now); a lookup in
// an else-if (photoprism's CreateMarkerIfNotExists); a create whose
// error is dropped with _ =.
package found_row_check

import (
	"errors"
	"time"

	"gorm.io/gorm"
)

type Ban struct {
	ID        uint
	IP        string `gorm:"uniqueIndex"`
	Attempts  int
	ExpiredAt int64
}

// BanIP records a failed login from ip: a new ban when there is none
// or the last one expired, one more attempt otherwise.
func BanIP(db *gorm.DB, ip string) {
	var b Ban
	err := db.Where("ip = ?", ip).First(&b).Error
	if err != nil || b.ExpiredAt <= time.Now().Unix() {
		// a fresh ban
		_ = db.Create(&Ban{IP: ip, Attempts: 1, ExpiredAt: time.Now().Unix() + 600}).Error
		return
	}
	db.Model(&b).Update("attempts", gorm.Expr("attempts + 1"))
}

type Marker struct {
	ID     uint
	FileID string `gorm:"uniqueIndex:idx_marker"`
	Kind   string `gorm:"uniqueIndex:idx_marker"`
}

// MarkerFor returns the marker of a file, creating it when needed.
func MarkerFor(db *gorm.DB, fileID, kind string) (*Marker, error) {
	result := Marker{}
	if fileID == "" {
		return nil, errors.New("no file")
	} else if db.Where("file_id = ? AND kind = ?", fileID, kind).First(&result).Error == nil {
		return &result, nil
	} else if err := db.Create(&Marker{FileID: fileID, Kind: kind}).Error; err != nil {
		return nil, err
	}
	return &Marker{FileID: fileID, Kind: kind}, nil
}

// Touch is not a get-or-create: the create runs whatever the lookup
// found when force is set, a test of no row.
func Touch(db *gorm.DB, ip string, force bool) error {
	var b Ban
	err := db.Where("ip = ?", ip).First(&b).Error
	if err != nil || force {
		return db.Create(&Ban{IP: ip, Attempts: 1}).Error
	}
	return nil
}
