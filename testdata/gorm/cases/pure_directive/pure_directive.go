// Issue 16: an interface method is an effect unless declared pure; an
// injected clock (func() time.Time) reads the time.
package pure_directive

import (
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// The fix imports clause; importing it already keeps the line numbers
// of the refused sites the same in the second run.
var _ clause.Expression

type Session struct {
	ID        uint
	Token     string `gorm:"uniqueIndex"`
	ExpiresAt time.Time
}

type Namer interface {
	//upsertfix:pure
	Label(token string) string
}

type Notifier interface {
	Notify(token string) error
}

type upper struct{}

func (upper) Label(token string) string { return "session " + token }

type quiet struct{}

func (quiet) Notify(string) error { return nil }

// The clock and the collaborators are injected (here as package
// variables, as the replay builds Sessions with its handle only).
var (
	now             = time.Now // a clock: func() time.Time
	namer  Namer    = upper{}
	notify Notifier = quiet{}
)

type Sessions struct {
	db *gorm.DB
}

func (s *Sessions) OpenNotified(token string) (uint, error) {
	var x Session
	err := s.db.Where("token = ?", token).First(&x).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if err := notify.Notify(token); err != nil {
			return 0, err
		}
		x = Session{Token: token, ExpiresAt: now().Add(time.Hour)}
		err = s.db.Create(&x).Error
	}
	return x.ID, err
}

func (s *Sessions) Open(token string) (uint, error) {
	var x Session
	err := s.db.Where("token = ?", token).First(&x).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		_ = namer.Label(token)
		x = Session{Token: token, ExpiresAt: now().Add(time.Hour)}
		err = s.db.Create(&x).Error
	}
	return x.ID, err
}
