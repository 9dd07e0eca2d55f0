// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import "context"

// InterfaceController reproduces internal/domain/interface_controller.go:5 (trimmed).
type InterfaceController interface {
	GetId() InterfaceBackend
	GetInterfaces(_ context.Context) ([]PhysicalInterface, error)
	GetPeers(_ context.Context, deviceId InterfaceIdentifier) ([]PhysicalPeer, error)
	SaveInterface(
		_ context.Context,
		id InterfaceIdentifier,
		updateFunc func(pi *PhysicalInterface) (*PhysicalInterface, error),
	) error
	SavePeer(
		_ context.Context,
		deviceId InterfaceIdentifier,
		id PeerIdentifier,
		updateFunc func(pp *PhysicalPeer) (*PhysicalPeer, error),
	) error
}
