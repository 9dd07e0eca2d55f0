package database

import (
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
)

func GetOidcConfigByName(name string) (*models.OidcProvider, error) {
	db := dbcore.GetDBInstance()
	var config models.OidcProvider
	if err := db.Where("name = ?", name).First(&config).Error; err != nil {
		return nil, err
	}
	return &config, nil
}

func DeleteOidcConfigByName(name string) error {
	db := dbcore.GetDBInstance()
	return db.Delete(&models.OidcProvider{}, "name = ?", name).Error
}

// SaveOidcConfig: gorm Save with the primary key (name) set is an update, then
// an INSERT ... ON CONFLICT DO UPDATE when no row was updated.
func SaveOidcConfig(config *models.OidcProvider) error {
	db := dbcore.GetDBInstance()
	if err := db.Save(config).Error; err != nil {
		return err
	}
	return nil
}
