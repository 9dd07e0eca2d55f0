// Issue 17: a lookup tested in a branch, and the create after the if
// (bbs-go's SignUp): followed out of the block. A goto cannot jump into
// the block, so the fix is refused with the way out; the same code with
// the lookup outside the if is fixed.
package nested_lookup_block

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

var ErrTaken = errors.New("email taken")

func SignUp(db *gorm.DB, email string) (*User, error) {
	if len(email) > 0 {
		var u User
		if err := db.Where("email = ?", email).First(&u).Error; err == nil {
			return nil, ErrTaken
		} else if !errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, err
		}
	} else {
		return nil, errors.New("email required")
	}
	u := &User{Email: email}
	if err := db.Create(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

// Loop: the end of a loop body goes round again, not to the create.
func Loop(db *gorm.DB, emails []string) error {
	for _, e := range emails {
		var u User
		if err := db.Where("email = ?", e).First(&u).Error; err == nil {
			return ErrTaken
		}
	}
	return db.Create(&User{Email: "batch"}).Error
}
