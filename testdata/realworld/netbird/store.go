// Package netbird reproduces netbirdio/netbird v0.76.0 0f5d2d91fb3d
// management/server/store/sql_store.go: mostly atomic already.
package netbird

import (
	"log"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type SqlStore struct {
	db             *gorm.DB
	installationPK int
}

// Proxy is management/internals/.../proxy.Proxy, reduced.
type Proxy struct {
	ID          string `gorm:"primaryKey"`
	SessionID   string `gorm:"primaryKey"`
	Status      string
	LastSeen    time.Time
	ConnectedAt *time.Time
}

type installation struct {
	ID                  uint `gorm:"primaryKey"`
	InstallationIDValue string
}

type GroupPeer struct {
	AccountID string `gorm:"index"`
	GroupID   string `gorm:"primaryKey"`
	PeerID    string `gorm:"primaryKey"`
}

// ProxyHeartbeat is sql_store.go:6260: update, and when no row matched,
// insert. Two first heartbeats both insert; the loser's is dropped with
// a debug log, and its status is never written.
func (s *SqlStore) ProxyHeartbeat(p *Proxy) error {
	now := time.Now()
	result := s.db. // race
			Model(&Proxy{}).
			Where("id = ? AND session_id = ?", p.ID, p.SessionID).
			Updates(map[string]any{
			"last_seen": now,
			"status":    "connected",
		})
	if result.Error != nil {
		return result.Error
	}

	if result.RowsAffected == 0 {
		p.LastSeen = now
		p.ConnectedAt = &now
		p.Status = "connected"
		if err := s.db.Create(p).Error; err != nil {
			log.Printf("proxy %s session %s: heartbeat fallback insert skipped: %v", p.ID, p.SessionID, err)
		}
	}
	return nil
}

// SaveInstallationID is sql_store.go:429: an atomic upsert.
func (s *SqlStore) SaveInstallationID(ID string) error {
	installation := installation{InstallationIDValue: ID}
	installation.ID = uint(s.installationPK)
	return s.db.Clauses(clause.OnConflict{UpdateAll: true}).Create(&installation).Error // safe: ON CONFLICT
}

// AddPeerToGroup is sql_store.go:3325: insert-or-ignore.
func (s *SqlStore) AddPeerToGroup(accountID, peerID, groupID string) error {
	return s.db.Clauses(clause.OnConflict{ // safe: ON CONFLICT DO NOTHING
		Columns:   []clause.Column{{Name: "group_id"}, {Name: "peer_id"}},
		DoNothing: true,
	}).Create(&GroupPeer{AccountID: accountID, GroupID: groupID, PeerID: peerID}).Error
}
