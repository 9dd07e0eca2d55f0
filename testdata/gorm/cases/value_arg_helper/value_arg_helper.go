// The looked-up row is passed to a helper that tests it and creates.
package value_arg_helper

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string
}

type Audit struct {
	ID   uint
	What string
}

type Repo struct{ db *gorm.DB }

// ByEmail answers nil, nil when no row matched.
func (r *Repo) ByEmail(e string) (*User, error) {
	var u User
	err := r.db.Where("email = ?", e).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// ensure creates the user when the row it is given is missing.
func ensure(db *gorm.DB, u *User, e string) (*User, error) {
	if u == nil {
		u = &User{Email: e}
		if err := db.Create(u).Error; err != nil {
			return nil, err
		}
	}
	return u, nil
}

// Login looks up in one function and creates in another.
func Login(r *Repo, e string) (*User, error) {
	u, err := r.ByEmail(e)
	if err != nil {
		return nil, err
	}
	return ensure(r.db, u, e)
}

// audit creates another model: not the looked-up row.
func audit(db *gorm.DB, u *User) error {
	if u == nil {
		return db.Create(&Audit{What: "unknown user"}).Error
	}
	return nil
}

// rename tests something else than the row being missing.
func rename(db *gorm.DB, u *User, name string) error {
	if name != "" {
		return db.Create(&User{Email: u.Email + ".old", Name: name}).Error
	}
	return nil
}

// Check passes the row to helpers that do not create it: no finding.
func Check(r *Repo, e, name string) error {
	u, err := r.ByEmail(e)
	if err != nil {
		return err
	}
	if err := audit(r.db, u); err != nil {
		return err
	}
	return rename(r.db, u, name)
}
