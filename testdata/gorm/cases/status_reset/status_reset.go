// Issue 16, class 1: state assigned on the not-found path that lives
// above the label (a status, a slice) is given its value at the label
// again before going back, so the loser answers 200, as run second.
package status_reset

import (
	"errors"
	"net/http"

	"gorm.io/gorm"
)

type Cart struct {
	ID      uint
	Session string `gorm:"uniqueIndex"`
}

func CartFor(db *gorm.DB, session string) (uint, int, []string, error) {
	status := http.StatusOK
	var created []string
	var c Cart
	if session == "" {
		return 0, http.StatusBadRequest, nil, errors.New("no session")
	}
	err := db.Where("session = ?", session).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		status = http.StatusCreated
		created = append(created, session)
		c = Cart{Session: session}
		err = db.Create(&c).Error
	}
	return c.ID, status, created, err
}
