// Package notification reproduces database/notification/traffic_report.go of
// komari-monitor/komari da4d5187c1b1 (the enable path).
package notification

import (
	"fmt"

	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
	"gorm.io/gorm/clause"
)

func buildEnabledTrafficReportNotifications(uuids []string, existing []models.TrafficReportNotification) ([]models.TrafficReportNotification, error) {
	if len(uuids) == 0 {
		return nil, fmt.Errorf("at least one client UUID is required")
	}

	existingByClient := make(map[string]models.TrafficReportNotification, len(existing))
	for _, notification := range existing {
		existingByClient[notification.Client] = notification
	}

	notifications := make([]models.TrafficReportNotification, 0, len(uuids))
	for _, uuid := range uuids {
		if uuid == "" {
			return nil, fmt.Errorf("client UUID cannot be empty")
		}
		existingNotification, ok := existingByClient[uuid]
		if !ok || (!existingNotification.Daily && !existingNotification.Weekly && !existingNotification.Monthly) {
			return nil, fmt.Errorf("at least one cadence must be selected when enabling traffic reports")
		}
		notifications = append(notifications, models.TrafficReportNotification{
			Client: uuid,
			Enable: true,
		})
	}

	return notifications, nil
}

// EnableTrafficReportNotifications 批量启用（仅更新 enable 字段）
// (traffic_report.go:82; admin RPC adminEnableTrafficReport,
// web/rpc/jsonrpc/admin.notification.go:224).
func EnableTrafficReportNotifications(uuids []string) error {
	if len(uuids) == 0 {
		return fmt.Errorf("at least one client UUID is required")
	}

	db := dbcore.GetDBInstance()
	var existing []models.TrafficReportNotification
	if err := db.Where("client IN ?", uuids).Find(&existing).Error; err != nil { // safe: a missing client is rejected (no insert), and the write is ON CONFLICT (client) DO UPDATE on the unique client column
		return err
	}
	notifications, err := buildEnabledTrafficReportNotifications(uuids, existing)
	if err != nil {
		return err
	}
	return db.Model(&models.TrafficReportNotification{}).
		Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "client"}},
			DoUpdates: clause.AssignmentColumns([]string{"enable"}),
		}).
		Select("client", "enable").
		Create(notifications).Error
}
