// Package a holds the detector cases as expectation comments: a line
// without one asserts that nothing is reported there.
package a

import (
	"context"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string
}

type Post struct {
	ID    uint
	Title string
}

var errTaken = errors.New("taken")

func guard(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error // want `gorm: User \(email\): looked up then created when not found.*fix: insert inside a savepoint`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u.Email = e
		db.Create(&u)
	}
}

func keyNotSet(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error // want `no fix: the created record does not visibly set \(email\)`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Create(&u)
	}
}

func nested(db *gorm.DB, es []string) {
	for _, e := range es {
		if e != "" {
			var u User
			if err := db.Where("email = ?", e).Take(&u).Error; err == gorm.ErrRecordNotFound { // want `looked up then created`
				func() { db.Create(&u) }()
			}
		}
	}
}

func anyErr(db *gorm.DB, e string) {
	var u User
	if db.Where("email = ?", e).First(&u).Error != nil { // want `any lookup error \(not only not-found\) leads to the create`
		db.Create(&u)
	}
}

func exists(db *gorm.DB, e string) error { // want exists:"create of example.com/detecttest/a.User, checked"
	var u User
	if err := db.Where("email = ?", e).First(&u).Error; err == nil { // want `checked for existence then created`
		return errTaken
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Create(&User{Email: e}).Error
}

func earlyReturnRow(db *gorm.DB, e string) (*User, error) { // want earlyReturnRow:"create of example.com/detecttest/a.User, checked"
	var u User
	res := db.Where(map[string]any{"email": e}).First(&u) // want `User \(email\): looked up then created`
	if res.Error == nil {
		return &u, nil
	}
	u = User{Email: e}
	return &u, db.Create(&u).Error
}

func txn(ctx context.Context, db *gorm.DB, e string) error { // want txn:"create of example.com/detecttest/a.User, checked"
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var u User
		err := tx.First(&u, "email = ?", e).Error // want `User \(email\)`
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return tx.Create(&u).Error
		case err != nil:
			return err
		}
		return nil
	})
}

func count(db *gorm.DB, e string) {
	var n int64
	db.Model(&User{}).Where("email = ?", e).Count(&n) // want `User \(email\): looked up then created`
	if n > 0 {
		return
	}
	db.Create(&User{Email: e})
}

func firstOrCreate(db *gorm.DB, e string) {
	var u User
	db.Where(User{Email: e}).Attrs(User{Name: "x"}).FirstOrCreate(&u) // want `FirstOrCreate is a SELECT then an INSERT`
}

func notUnique(db *gorm.DB, n string) {
	var u User
	err := db.Where("name = ?", n).First(&u).Error // want "no fix: no unique index or constraint covers exactly \\(name\\) \\(looked in User.s struct tags.*; add `gorm:\"uniqueIndex\"` to User.Name"
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Create(&u)
	}
}

func scoped(db *gorm.DB, e string, scope func(*gorm.DB) *gorm.DB) {
	var u User
	err := db.Scopes(scope).Where("email = ?", e).First(&u).Error // want `no fix: the lookup chain calls .Scopes`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Create(&u)
	}
}

// Negatives.

func update(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Model(&User{}).Where("email = ?", e).Update("name", "x")
	}
}

func otherModel(db *gorm.DB, e string) {
	var u User
	if errors.Is(db.Where("email = ?", e).First(&u).Error, gorm.ErrRecordNotFound) {
		db.Create(&Post{Title: e})
	}
}

func onConflict(db *gorm.DB, e string) {
	var u User
	if errors.Is(db.Where("email = ?", e).First(&u).Error, gorm.ErrRecordNotFound) {
		db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "email"}}, DoNothing: true}).Create(&u)
	}
}

func foundPath(db *gorm.DB, e string) error {
	var u User
	if err := db.Where("email = ?", e).First(&u).Error; err != nil {
		return err
	}
	return db.Create(&User{Email: u.Email + ".copy"}).Error
}

func notFoundReturns(db *gorm.DB, e string) error {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return errors.New("unknown user")
	}
	if err != nil {
		return err
	}
	return db.Create(&User{Email: "copy"}).Error
}

func validateThenCreate(db *gorm.DB, e string, validate func(string) error) error { // want validateThenCreate:"create of example.com/detecttest/a.User, checked"
	var u User
	err := db.Where("email = ?", e).First(&u).Error // want `User \(email\): looked up then created`
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = validate(e) // err is reused, but this branch runs only when not found
		if err != nil {
			return err
		}
		return db.Create(&User{Email: e}).Error
	}
	return err
}

func reboundThenTested(db *gorm.DB, e string, validate func(string) error) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	err = validate(e)
	if err != nil { // about validate now, not the lookup
		db.Create(&User{Email: e})
	}
}

func breakOutOfSwitch(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	switch {
	case err == nil:
		break // the found path leaves the switch too
	case errors.Is(err, gorm.ErrRecordNotFound):
		u.Email = e
	}
	db.Create(&u) // reached when found as well: not a get-or-create
}

func rebound(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	err = nil
	if err == nil {
		db.Create(&u)
	}
}

func catchDuplicate(db *gorm.DB, e string) {
	var u User
	err := db.Where("email = ?", e).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if err := db.Create(&u).Error; errors.Is(err, gorm.ErrDuplicatedKey) {
			db.Where("email = ?", e).First(&u)
		}
	}
}

func ignored(db *gorm.DB, e string) {
	var u User
	//upsertfix:ignore admin tool, one writer
	err := db.Where("email = ?", e).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Create(&u)
	}
}
