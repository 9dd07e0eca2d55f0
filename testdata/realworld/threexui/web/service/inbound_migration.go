// Package service reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/service.
package service

import (
	"errors"

	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/xray"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// MigrationRequirements is web/service/inbound_migration.go:36 (column drops,
// settings JSON rewrite, SyncInbound healing and later migrations trimmed):
// a client_traffics row is added when none exists for the email.
func (s *InboundService) MigrationRequirements() (err error) {
	db := database.GetDB()
	tx := db.Begin()
	defer func() {
		if err == nil {
			if commitErr := tx.Commit().Error; commitErr != nil {
				err = commitErr
				return
			}
		} else {
			tx.Rollback()
		}
	}()

	// Fix inbounds based problems
	var inbounds []*model.Inbound
	err = tx.Model(model.Inbound{}).Where("protocol IN (?)", []string{"vmess", "vless", "trojan", "shadowsocks", "hysteria"}).Find(&inbounds).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return
	}
	for inbound_index := range inbounds {
		// Add client traffic row for all clients which has email
		var modelClients []model.Client
		modelClients, err = s.GetClients(inbounds[inbound_index])
		if err != nil {
			return
		}
		for _, modelClient := range modelClients {
			if len(modelClient.Email) > 0 {
				var count int64
				if err = tx.Model(xray.ClientTraffic{}).Where("email = ?", modelClient.Email).Count(&count).Error; err != nil { // safe: AddClientStat inserts with OnConflict(email) DoUpdates
					return
				}
				if count == 0 {
					if err = s.AddClientStat(tx, inbounds[inbound_index].Id, &modelClient); err != nil {
						return
					}
				}
			}
		}
	}
	if err = tx.Save(inbounds).Error; err != nil {
		return
	}
	return nil
}

// AddClientStat is web/service/inbound_traffic.go:552: upsert on the unique
// email column.
func (s *InboundService) AddClientStat(tx *gorm.DB, inboundId int, client *model.Client) error {
	clientTraffic := xray.ClientTraffic{
		InboundId:  inboundId,
		Email:      client.Email,
		Total:      client.TotalGB,
		ExpiryTime: client.ExpiryTime,
		Enable:     client.Enable,
		Reset:      client.Reset,
		ResetDay:   client.ResetDay,
		ResetMax:   client.ResetMax,
	}
	return tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "email"}},
		DoUpdates: clause.AssignmentColumns([]string{"inbound_id", "total", "expiry_time", "enable", "reset", "reset_day", "reset_max"}),
	}).Create(&clientTraffic).Error
}
