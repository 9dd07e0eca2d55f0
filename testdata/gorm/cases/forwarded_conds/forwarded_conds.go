// Issue 18: a repository that takes its lookup's conditions from its
// callers and hands them to GORM unchanged (bbs-go's Take(db, where...)):
// the key is read at each call from the conditions given, as inline
// conditions or as a Where's arguments, through a function that passes
// them on. Conditions given as a slice (where...) cannot be read:
// reported, not fixed.
package forwarded_conds

import (
	"errors"

	"gorm.io/gorm"
)

type Permission struct {
	ID   uint   `gorm:"primaryKey"`
	Code string `gorm:"uniqueIndex"`
	Name string
}

type permissionRepo struct{}

var Permissions = &permissionRepo{}

// Take forwards inline conditions.
func (r *permissionRepo) Take(db *gorm.DB, where ...interface{}) *Permission {
	ret := &Permission{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// FindOne forwards a Where's query and arguments.
func (r *permissionRepo) FindOne(db *gorm.DB, query string, args ...interface{}) (*Permission, error) {
	var p Permission
	if err := db.Where(query, args...).First(&p).Error; err != nil {
		return nil, err
	}
	return &p, nil
}

// TakeBy passes its conditions on to Take.
func (r *permissionRepo) TakeBy(db *gorm.DB, where ...interface{}) *Permission {
	return r.Take(db, where...)
}

func (r *permissionRepo) ByCode(db *gorm.DB, code string) *Permission {
	return r.Take(db, &Permission{Code: code})
}

func (r *permissionRepo) Create(db *gorm.DB, p *Permission) (err error) {
	err = db.Create(p).Error
	return
}

// Ensure looks up by an inline string condition.
func Ensure(db *gorm.DB, code, name string) (*Permission, error) {
	p := Permissions.Take(db, "code = ?", code)
	if p != nil {
		return p, nil
	}
	p = &Permission{Code: code, Name: name}
	if err := Permissions.Create(db, p); err != nil {
		return nil, err
	}
	return p, nil
}

// EnsureByCode looks up through a function that builds a struct
// condition from its parameter.
func EnsureByCode(db *gorm.DB, code, name string) (*Permission, error) {
	p := Permissions.ByCode(db, code)
	if p == nil {
		p = &Permission{Code: code, Name: name}
		if err := Permissions.Create(db, p); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// EnsureWhere looks up through a forwarded Where.
func EnsureWhere(db *gorm.DB, code, name string) (*Permission, error) {
	p, err := Permissions.FindOne(db, "code = ?", code)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = &Permission{Code: code, Name: name}
		err = Permissions.Create(db, p)
	}
	return p, err
}

// EnsurePassedOn looks up through two functions that pass the conditions on.
func EnsurePassedOn(db *gorm.DB, code, name string) (*Permission, error) {
	p := Permissions.TakeBy(db, &Permission{Code: code})
	if p != nil {
		return p, nil
	}
	p = &Permission{Code: code, Name: name}
	if err := Permissions.Create(db, p); err != nil {
		return nil, err
	}
	return p, nil
}

// EnsureSlice gives its conditions as a slice: not read.
func EnsureSlice(db *gorm.DB, conds []interface{}, code string) (*Permission, error) {
	p := Permissions.Take(db, conds...)
	if p != nil {
		return p, nil
	}
	p = &Permission{Code: code}
	if err := Permissions.Create(db, p); err != nil {
		return nil, err
	}
	return p, nil
}
