package lookup_choice

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID       uint
	Username string `gorm:"uniqueIndex"`
	Email    string `gorm:"uniqueIndex"`
}

type Users struct{ DB *gorm.DB }

func (us *Users) Get(username string) (*User, error) {
	u := &User{}
	if err := us.DB.Where("username = ?", username).First(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

func (us *Users) GetByEmail(email string) (*User, error) {
	u := &User{}
	if err := us.DB.Where("email = ?", email).First(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

func (us *Users) Create(u *User) error { return us.DB.Create(u).Error }

// Invite: the lookup is chosen in an if/else, then tested once.
func Invite(us *Users, email, username string) error {
	var err error
	var user *User
	if email != "" {
		user, err = us.GetByEmail(email)
	} else {
		user, err = us.Get(username)
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		user = &User{Email: email, Username: username}
		return us.Create(user)
	}
	return err
}

// NotAChoice: the branches write different variables, so they are not
// one lookup chosen two ways; the else branch's lookup is followed out of
// its block to the test of err2: a race on username when email is empty.
//
// replay: not replayed: the race needs an empty email, and the replay's
// keys are never empty.
func NotAChoice(us *Users, email, username string) error {
	var err, err2 error
	if email != "" {
		_, err = us.GetByEmail(email)
	} else {
		_, err2 = us.Get(username)
	}
	if errors.Is(err2, gorm.ErrRecordNotFound) && err == nil {
		return us.Create(&User{Email: email, Username: username})
	}
	return nil
}

// InviteByEmail: the lookup is chosen in an if/else, and the create is
// reached only after a guard that leaves when the email is empty, so only
// the email lookup leads to it (pufferpanel's server invite): fixed, the
// retry going back to the choice, which takes the same way again.
func (us *Users) InviteByEmail(email, username string) (string, error) {
	var err error
	var user *User
	if email != "" {
		user, err = us.GetByEmail(email)
	} else {
		user, err = us.Get(username)
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if email == "" {
			return "", err
		}
		user = &User{Email: email, Username: "invited-" + email}
		if err := us.Create(user); err != nil {
			return "", err
		}
		return "created", nil
	}
	if err != nil {
		return "", err
	}
	return "found", nil
}

// InviteChanged: the email changes after the choice, so going back could
// take the other way: not fixed.
func InviteChanged(us *Users, email, username string) error {
	var err error
	if email != "" {
		_, err = us.GetByEmail(email)
	} else {
		_, err = us.Get(username)
	}
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if email == "" {
			return err
		}
		email = "x" + email
		return us.Create(&User{Email: email, Username: username})
	}
	return err
}
