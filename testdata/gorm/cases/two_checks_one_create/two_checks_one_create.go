// Two checks, one create (a sign-up checks the email, then the
// username, then inserts): both checks are races, and one fix covers
// them. It goes back to the first check, so the caller that loses the
// race on either key runs both checks again and takes the found path of
// the one that now finds the winner's row; the second site names the
// first, and gets no edit of its own.
package two_checks_one_create

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID       uint   `gorm:"primaryKey"`
	Email    string `gorm:"uniqueIndex"`
	Username string `gorm:"uniqueIndex"`
}

func SignUp(db *gorm.DB, email, username string) (*User, error) {
	var n int64
	if err := db.Model(&User{}).Where("email = ?", email).Count(&n).Error; err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, errors.New("email taken")
	}
	var m int64
	if err := db.Model(&User{}).Where("username = ?", username).Count(&m).Error; err != nil {
		return nil, err
	}
	if m > 0 {
		return nil, errors.New("username taken")
	}
	u := &User{Email: email, Username: username}
	if err := db.Create(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

// SignUpBranches is bbs-go's SignUp: each check inside a branch. The fix
// goes back to the if around the first check (a goto cannot jump into a
// block); its condition reads the same values, so the same branch runs.
func SignUpBranches(db *gorm.DB, email, username string) (*User, error) {
	if len(email) > 0 {
		var n int64
		if err := db.Model(&User{}).Where("email = ?", email).Count(&n).Error; err != nil {
			return nil, err
		}
		if n > 0 {
			return nil, errors.New("email taken")
		}
	} else {
		return nil, errors.New("email required")
	}
	if len(username) > 0 {
		var m int64
		if err := db.Model(&User{}).Where("username = ?", username).Count(&m).Error; err != nil {
			return nil, err
		}
		if m > 0 {
			return nil, errors.New("username taken")
		}
	}
	u := &User{Email: email, Username: username}
	if err := db.Create(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}
