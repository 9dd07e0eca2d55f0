// The lookup pins more columns than the unique key: at most one row
// matches, and a concurrent insert of the same email fails.
package key_subset

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID     uint
	Email  string `gorm:"uniqueIndex"`
	Tenant string
}

func UserFor(db *gorm.DB, tenant, email string) (*User, error) {
	var u User
	err := db.Where("tenant = ? AND email = ?", tenant, email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Tenant: tenant, Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}
