package accounts

import (
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
)

// DeleteAllSessions reproduces database/accounts/sessions.go:105.
func DeleteAllSessions() error {
	db := dbcore.GetDBInstance()
	result := db.Where("1 = 1").Delete(&models.Session{})
	if result.Error != nil {
		return result.Error
	}
	return nil
}
