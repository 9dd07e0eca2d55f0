// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"fmt"
	"strings"
	"time"
)

// PeerIdentifier reproduces internal/domain/peer.go:17.
type PeerIdentifier string

// Peer reproduces internal/domain/peer.go:32 (WireGuard settings trimmed).
type Peer struct {
	BaseModel

	// WG Portal specific

	DisplayName          string              // a nice display name/ description for the peer
	Identifier           PeerIdentifier      `gorm:"primaryKey;column:identifier"`      // peer unique identifier
	UserIdentifier       UserIdentifier      `gorm:"index;column:user_identifier"`      // the owner
	User                 *User               `gorm:"-"`                                 // the owner user object; loaded automatically after fetch
	InterfaceIdentifier  InterfaceIdentifier `gorm:"index;column:interface_identifier"` // the interface id
	Disabled             *time.Time          `gorm:"column:disabled"`                   // if this field is set, the peer is disabled
	DisabledReason       string              // the reason why the peer has been disabled
	ExpiresAt            *time.Time          `gorm:"column:expires_at"`         // expiry dates for peers
	Notes                string              `form:"notes" binding:"omitempty"` // a note field for peers
	AutomaticallyCreated bool                `gorm:"column:auto_created"`       // specifies if the peer was automatically created

	// Interface settings for the peer, used to generate the [interface] section in the peer config file
	Interface PeerInterfaceConfig `gorm:"embedded"`
}

// IsDisabled reproduces internal/domain/peer.go:61.
func (p *Peer) IsDisabled() bool {
	return p.Disabled != nil
}

// CopyCalculatedAttributes reproduces internal/domain/peer.go:87.
func (p *Peer) CopyCalculatedAttributes(src *Peer) {
	p.BaseModel = src.BaseModel
}

// GenerateDisplayName reproduces internal/domain/peer.go:128.
func (p *Peer) GenerateDisplayName(prefix string) {
	if prefix != "" {
		prefix = fmt.Sprintf("%s ", strings.TrimSpace(prefix)) // add a space after the prefix
	}
	p.DisplayName = fmt.Sprintf("%sPeer %s", prefix, string(p.Identifier))
}

// OverwriteUserEditableFields reproduces internal/domain/peer.go:136 (trimmed).
func (p *Peer) OverwriteUserEditableFields(userPeer *Peer) {
	p.DisplayName = userPeer.DisplayName
	p.ExpiresAt = userPeer.ExpiresAt
	p.Disabled = userPeer.Disabled
	p.DisabledReason = userPeer.DisabledReason
}

// PeerInterfaceConfig reproduces internal/domain/peer.go:151 (trimmed).
type PeerInterfaceConfig struct {
	KeyPair // private/public Key of the peer

	Type InterfaceType `gorm:"column:iface_type"` // the interface type (server, client, any)

	Addresses []Cidr `gorm:"many2many:peer_addresses;"` // the interface ip addresses
}
