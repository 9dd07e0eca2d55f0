// Issue 16, class 2: database/sql's ExecContext writes; it is not pure
// because of its package.
package sql_exec_effect

import (
	"context"
	"database/sql"
	"errors"

	"gorm.io/gorm"
)

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func Join(ctx context.Context, db *gorm.DB, raw *sql.DB, email string) (uint, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if _, err := raw.ExecContext(ctx, "INSERT INTO audit(line) VALUES ($1)", "join "+email); err != nil {
			return 0, err
		}
		m = Member{Email: email}
		err = db.Create(&m).Error
	}
	return m.ID, err
}
