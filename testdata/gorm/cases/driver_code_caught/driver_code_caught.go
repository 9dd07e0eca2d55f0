// Not reported: the create catches the driver's unique-violation code
// (SQLSTATE 23505 through a named constant, MySQL 1062) and re-reads.
package driver_code_caught

import (
	"errors"

	"gorm.io/gorm"
)

type PgError struct{ Code string }

func (e *PgError) Error() string { return e.Code }

type MySQLError struct{ Number uint16 }

func (e *MySQLError) Error() string { return "mysql" }

const uniqueViolation = "23505"

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func UserFor(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = db.Create(&u).Error
		var pgErr *PgError
		if errors.As(err, &pgErr) && pgErr.Code == uniqueViolation {
			err = db.Where("email = ?", email).First(&u).Error
		}
	}
	return &u, err
}

func UserForMySQL(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = db.Create(&u).Error
		var me *MySQLError
		if errors.As(err, &me) && me.Number == 1062 {
			err = db.Where("email = ?", email).First(&u).Error
		}
	}
	return &u, err
}
