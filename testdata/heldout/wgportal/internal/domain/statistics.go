// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"time"
)

// PeerStatus reproduces internal/domain/statistics.go:7 (trimmed).
type PeerStatus struct {
	PeerId    PeerIdentifier `gorm:"primaryKey;column:identifier" json:"PeerId"`
	UpdatedAt time.Time      `gorm:"column:updated_at" json:"-"`

	IsConnected bool `gorm:"column:connected" json:"IsConnected"` // indicates if the peer is connected based on the last handshake or ping

	BytesReceived    uint64 `gorm:"column:received" json:"BytesReceived"`
	BytesTransmitted uint64 `gorm:"column:transmitted" json:"BytesTransmitted"`
}

// InterfaceStatus reproduces internal/domain/statistics.go:35.
type InterfaceStatus struct {
	InterfaceId InterfaceIdentifier `gorm:"primaryKey;column:identifier"`
	UpdatedAt   time.Time           `gorm:"column:updated_at"`

	BytesReceived    uint64 `gorm:"column:received"`
	BytesTransmitted uint64 `gorm:"column:transmitted"`
}
