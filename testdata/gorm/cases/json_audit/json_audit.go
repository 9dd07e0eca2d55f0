// Issue 16, class 2: an audit line written through json.NewEncoder(w)
// runs again for the loser; encoding/json's Marshal is pure, Encode is not.
package json_audit

import (
	"encoding/json"
	"errors"
	"io"

	"gorm.io/gorm"
)

type Device struct {
	ID     uint
	Serial string `gorm:"uniqueIndex"`
}

func Register(db *gorm.DB, audit io.Writer, serial string) (uint, error) {
	var d Device
	err := db.Where("serial = ?", serial).First(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		payload, _ := json.Marshal(map[string]string{"serial": serial}) // pure
		_ = json.NewEncoder(audit).Encode(json.RawMessage(payload))
		d = Device{Serial: serial}
		err = db.Create(&d).Error
	}
	return d.ID, err
}
