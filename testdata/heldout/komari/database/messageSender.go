// Package database reproduces database/messageSender.go and database/oauth.go
// of komari-monitor/komari da4d5187c1b1 (verbatim apart from import paths).
package database

import (
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
)

func GetMessageSenderConfigByName(name string) (*models.MessageSenderProvider, error) {
	db := dbcore.GetDBInstance()
	var config models.MessageSenderProvider
	if err := db.Where("name = ?", name).First(&config).Error; err != nil {
		return nil, err
	}
	return &config, nil
}

// SaveMessageSenderConfig: gorm Save with the primary key (name) set runs an
// UPDATE of all columns and, when it affects no row, an INSERT ... ON CONFLICT
// DO UPDATE (gorm finisher_api.go Save).
func SaveMessageSenderConfig(config *models.MessageSenderProvider) error {
	db := dbcore.GetDBInstance()
	return db.Save(config).Error
}
