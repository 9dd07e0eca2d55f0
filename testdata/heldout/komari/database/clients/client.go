// Package clients reproduces database/clients/client.go of
// komari-monitor/komari da4d5187c1b1 (GetClientByUUID only).
package clients

import (
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
)

func GetClientByUUID(uuid string) (client models.Client, err error) {
	db := dbcore.GetDBInstance()
	err = db.Where("uuid = ?", uuid).First(&client).Error
	if err != nil {
		return models.Client{}, err
	}
	return client, nil
}
