// GORM: a repository's create that writes the user and its profile in
// db.Transaction(func(tx *gorm.DB) error {...}), which rolls back what
// the callback wrote when it fails: a caller that loses the race may go
// back to its lookup as after one insert. One that also writes outside
// the transaction is refused.
package own_tx_gorm

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Profile struct {
	ID     uint
	UserID uint
	Bio    string
}

// SignUps counts the sign-ups of this process.
var SignUps int

type Repo struct{ db *gorm.DB }

func NewRepo(db *gorm.DB) *Repo { return &Repo{db: db} }

// ByEmail returns the user, gorm.ErrRecordNotFound when there is none.
func (r *Repo) ByEmail(email string) (*User, error) {
	var u User
	if err := r.db.Where("email = ?", email).First(&u).Error; err != nil {
		return nil, err
	}
	return &u, nil
}

// Create inserts the user and an empty profile, all or nothing.
func (r *Repo) Create(u *User) error {
	return r.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(u).Error; err != nil {
			return err
		}
		return tx.Create(&Profile{UserID: u.ID}).Error
	})
}

// CreateCounted also counts the sign-up, outside the transaction.
func (r *Repo) CreateCounted(u *User) error {
	SignUps++
	return r.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(u).Error; err != nil {
			return err
		}
		return tx.Create(&Profile{UserID: u.ID}).Error
	})
}

// SignUp returns the user, creating it on first sight.
func (r *Repo) SignUp(email string) (uint, error) {
	u, err := r.ByEmail(email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &User{Email: email}
		if err := r.Create(u); err != nil {
			return 0, err
		}
		return u.ID, nil
	}
	if err != nil {
		return 0, err
	}
	return u.ID, nil
}

// SignUpCounted is refused: a caller that loses the race would count
// its sign-up too.
func (r *Repo) SignUpCounted(email string) (uint, error) {
	u, err := r.ByEmail(email)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = &User{Email: email}
		if err := r.CreateCounted(u); err != nil {
			return 0, err
		}
		return u.ID, nil
	}
	if err != nil {
		return 0, err
	}
	return u.ID, nil
}
