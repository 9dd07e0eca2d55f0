// Package fixes holds the lint Analyzer's cases: diagnostics and facts as
// expectation comments, and the files after the suggested fixes in
// fixes.go.golden.
package fixes

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string `gorm:"uniqueIndex"`
}

type Post struct {
	ID    uint
	Title string
}

// Ensure is fixed alone.
func Ensure(db *gorm.DB, e string) (*User, error) { // want Ensure:"create of example.com/linttest/fixes.User, checked"
	var u User
	err := db.Where("email = ?", e).First(&u).Error // want `gorm: User \(email\): looked up then created when not found.*fix: insert inside a savepoint`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: e}
		err = db.Create(&u).Error
	}
	return &u, err
}

// Two sites in one function: their edits meet, so the first finding
// carries the fix of both.
func Both(db *gorm.DB, e, n string) error { // want Both:"create of example.com/linttest/fixes.User, checked"
	var a User
	err := db.Where("email = ?", e).First(&a).Error // want `User \(email\): looked up then created`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = User{Email: e}
		err = db.Create(&a).Error
	}
	var b User
	err = db.Where("name = ?", n).First(&b).Error // want `User \(name\): looked up then created.*fix: insert inside a savepoint`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		b = User{Name: n}
		err = db.Create(&b).Error
	}
	return err
}

// No unique key: reported, no fix.
func Titled(db *gorm.DB, t string) error { // want Titled:"create of example.com/linttest/fixes.Post, checked"
	var p Post
	err := db.Where("title = ?", t).First(&p).Error // want `no fix: no unique index`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = db.Create(&Post{Title: t}).Error
	}
	return err
}

type Repo struct{ db *gorm.DB }

func (r *Repo) ByEmail(e string) (*User, error) { // want ByEmail:"lookup of example.com/linttest/fixes.User"
	var u User
	err := r.db.Where("email = ?", e).First(&u).Error
	return &u, err
}

func (r *Repo) Add(u *User) error { return r.db.Create(u).Error } // want Add:"create of example.com/linttest/fixes.User"

// Through the repository: fixed in the caller.
func Signup(r *Repo, e string) error { // want Signup:"create of example.com/linttest/fixes.User, checked"
	_, err := r.ByEmail(e) // want `fix: run fixes.Repo.Add once`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return r.Add(&User{Email: e})
	}
	return err
}
