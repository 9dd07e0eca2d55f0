// Package wireguard reproduces h44z/wg-portal c800e7dd343b internal/app/wireguard.
package wireguard

import (
	"example.com/heldout/wgportal/internal/config"
	"example.com/heldout/wgportal/internal/domain"
)

// backendInstance reproduces internal/app/wireguard/controller_manager.go:14.
type backendInstance struct {
	Config         config.BackendBase // Config is the configuration for the backend instance.
	Implementation domain.InterfaceController
}

// ControllerManager reproduces internal/app/wireguard/controller_manager.go:19.
type ControllerManager struct {
	cfg         *config.Config
	controllers map[domain.InterfaceBackend]backendInstance
}

// GetController reproduces internal/app/wireguard/controller_manager.go:124 (lookup simplified).
func (c *ControllerManager) GetController(iface domain.Interface) domain.InterfaceController {
	return c.controllers[iface.Backend].Implementation
}

// GetAllControllers reproduces internal/app/wireguard/controller_manager.go:151.
func (c *ControllerManager) GetAllControllers() []backendInstance {
	var backendInstances = make([]backendInstance, 0, len(c.controllers))
	for _, instance := range c.controllers {
		backendInstances = append(backendInstances, instance)
	}
	return backendInstances
}
