// Package github is a stand-in for github.com/google/go-github (User and
// UserEmail getters only).
package github

// User is github.User.
type User struct {
	ID        *int64
	Login     *string
	Name      *string
	AvatarURL *string
}

func (u *User) GetID() int64 {
	if u == nil || u.ID == nil {
		return 0
	}
	return *u.ID
}

func (u *User) GetLogin() string {
	if u == nil || u.Login == nil {
		return ""
	}
	return *u.Login
}

func (u *User) GetName() string {
	if u == nil || u.Name == nil {
		return ""
	}
	return *u.Name
}

func (u *User) GetAvatarURL() string {
	if u == nil || u.AvatarURL == nil {
		return ""
	}
	return *u.AvatarURL
}

// UserEmail is github.UserEmail.
type UserEmail struct {
	Email    *string
	Primary  *bool
	Verified *bool
}

func (e *UserEmail) GetEmail() string {
	if e == nil || e.Email == nil {
		return ""
	}
	return *e.Email
}

func (e *UserEmail) GetPrimary() bool { return e != nil && e.Primary != nil && *e.Primary }

func (e *UserEmail) GetVerified() bool { return e != nil && e.Verified != nil && *e.Verified }
