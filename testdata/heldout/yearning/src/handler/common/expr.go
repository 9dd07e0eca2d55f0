package common

import "gorm.io/gorm"

// AccordingToUsernameEqual reproduces src/handler/common/expr.go:132.
func AccordingToUsernameEqual(user string) func(db *gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		if user == "" {
			return db
		}
		return db.Where("username = ?", user)
	}
}

// AccordingToIDEqual reproduces src/handler/common/expr.go:141.
func AccordingToIDEqual(id int) func(db *gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("`id` = ?", id)
	}
}
