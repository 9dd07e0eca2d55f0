// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"time"
)

// InterfaceIdentifier reproduces internal/domain/interface.go:27.
type InterfaceIdentifier string

// InterfaceType reproduces internal/domain/interface.go:28.
type InterfaceType string

// InterfaceBackend reproduces internal/domain/interface.go:29.
type InterfaceBackend string

const (
	InterfaceTypeServer InterfaceType = "server"
	InterfaceTypeClient InterfaceType = "client"
	InterfaceTypeAny    InterfaceType = "any"
)

// Interface reproduces internal/domain/interface.go:31 (WireGuard settings trimmed).
type Interface struct {
	BaseModel

	// WireGuard specific (for the [interface] section of the config file)

	Identifier InterfaceIdentifier `gorm:"primaryKey"` // device name, for example: wg0
	KeyPair                        // private/public Key of the server interface
	ListenPort int                 // the listening port, for example: 51820

	Addresses []Cidr `gorm:"many2many:interface_addresses;"` // the interface ip addresses

	// WG Portal specific
	DisplayName       string           // a nice display name/ description for the interface
	Type              InterfaceType    // the interface type, either InterfaceTypeServer or InterfaceTypeClient
	CreateDefaultPeer bool             // if true, default peers will be created for this interface
	Backend           InterfaceBackend // the backend that is used to manage the interface (wgctrl, mikrotik, ...)
	Disabled          *time.Time       `gorm:"index"` // flag that specifies if the interface is enabled (up) or not (down)
	DisabledReason    string           // the reason why the interface has been disabled

	PeerDefNetworkStr string // the default subnets from which peers will get their IP addresses, comma seperated
}

// Validate reproduces internal/domain/interface.go:122 (endpoint normalisation trimmed).
func (i *Interface) Validate() error {
	return nil
}

// IsDisabled reproduces internal/domain/interface.go:141.
func (i *Interface) IsDisabled() bool {
	if i == nil {
		return true
	}
	return i.Disabled != nil
}

// CopyCalculatedAttributes reproduces internal/domain/interface.go:152.
func (i *Interface) CopyCalculatedAttributes(src *Interface) {
	i.BaseModel = src.BaseModel
}

// CreateDefaultPeers reproduces internal/domain/interface.go:244.
func (i *Interface) CreateDefaultPeers() bool {
	if !i.CreateDefaultPeer {
		return false // only create default peers if the interface flag is set
	}
	if i.Type != InterfaceTypeServer {
		return false // only create default peers for server interfaces
	}

	return true
}

// PhysicalInterface reproduces internal/domain/interface.go:255 (trimmed).
type PhysicalInterface struct {
	Identifier InterfaceIdentifier // device name, for example: wg0
}

// ConvertPhysicalInterface reproduces internal/domain/interface.go:291 (trimmed).
func ConvertPhysicalInterface(pi *PhysicalInterface) *Interface {
	return &Interface{Identifier: pi.Identifier}
}

// PhysicalPeer reproduces internal/domain/peer.go:174 (trimmed).
type PhysicalPeer struct {
	Identifier PeerIdentifier
}
