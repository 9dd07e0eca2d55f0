package update_then_create

import (
	"log"
	"time"

	"gorm.io/gorm"
)

type Heartbeat struct {
	ID       uint
	NodeID   string `gorm:"uniqueIndex"`
	LastSeen time.Time
	Status   string
}

type Audit struct {
	ID   uint
	What string
}

// Beat updates the node's row and inserts it when no row matched, as
// netbird's proxy heartbeat does.
func Beat(db *gorm.DB, nodeID string, now time.Time) error {
	result := db.Model(&Heartbeat{}).Where("node_id = ?", nodeID).Updates(map[string]any{"last_seen": now, "status": "up"})
	if result.Error != nil {
		return result.Error
	}
	if result.RowsAffected == 0 {
		if err := db.Create(&Heartbeat{NodeID: nodeID, LastSeen: now, Status: "up"}).Error; err != nil {
			log.Printf("insert skipped: %v", err)
		}
	}
	return nil
}

// Touch creates whatever the update did: no test of what it matched.
func Touch(db *gorm.DB, nodeID string, now time.Time) error {
	if err := db.Model(&Heartbeat{}).Where("node_id = ?", nodeID).Update("last_seen", now).Error; err != nil {
		return err
	}
	return db.Create(&Audit{What: "touch " + nodeID}).Error
}

// Log inserts another model when no row matched: not the same row.
func Log(db *gorm.DB, nodeID string) error {
	res := db.Model(&Heartbeat{}).Where("node_id = ?", nodeID).Update("status", "down")
	if res.RowsAffected == 0 {
		return db.Create(&Audit{What: "unknown node " + nodeID}).Error
	}
	return res.Error
}
