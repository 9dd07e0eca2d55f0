// Package wireguard reproduces h44z/wg-portal c800e7dd343b internal/app/wireguard.
package wireguard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"example.com/heldout/wgportal/internal/app"
	"example.com/heldout/wgportal/internal/domain"
)

// ImportNewInterfaces reproduces internal/app/wireguard/wireguard_interfaces.go:108.
// ImportNewInterfaces imports all new physical interfaces that are available on the system.
// If a filter is set, only interfaces that match the filter will be imported.
func (m Manager) ImportNewInterfaces(ctx context.Context, filter ...domain.InterfaceIdentifier) (int, error) {
	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return 0, err
	}

	var existingInterfaceIds []domain.InterfaceIdentifier
	existingInterfaces, err := m.db.GetAllInterfaces(ctx) // race
	if err != nil {
		return 0, err
	}
	for _, existingInterface := range existingInterfaces {
		existingInterfaceIds = append(existingInterfaceIds, existingInterface.Identifier)
	}

	imported := 0
	for _, wgBackend := range m.wg.GetAllControllers() {
		physicalInterfaces, err := wgBackend.Implementation.GetInterfaces(ctx)
		if err != nil {
			return 0, err
		}

		for _, physicalInterface := range physicalInterfaces {
			if slices.Contains(wgBackend.Config.IgnoredInterfaces, string(physicalInterface.Identifier)) {
				slog.Info("ignoring interface due to backend filter restrictions",
					"interface", physicalInterface.Identifier, "filter", wgBackend.Config.IgnoredInterfaces,
					"backend", wgBackend.Config.Id)
				continue // skip ignored interfaces
			}

			if slices.Contains(existingInterfaceIds, physicalInterface.Identifier) {
				continue // skip interfaces that already exist
			}

			if len(filter) > 0 && !slices.Contains(filter, physicalInterface.Identifier) {
				slog.Info("ignoring interface due to filter restrictions",
					"interface", physicalInterface.Identifier, "filter", wgBackend.Config.IgnoredInterfaces,
					"backend", wgBackend.Config.Id)
				continue
			}

			slog.Info("importing new interface",
				"interface", physicalInterface.Identifier, "backend", wgBackend.Config.Id)

			physicalPeers, err := wgBackend.Implementation.GetPeers(ctx, physicalInterface.Identifier)
			if err != nil {
				return 0, err
			}

			err = m.importInterface(ctx, wgBackend.Implementation, &physicalInterface, physicalPeers)
			if err != nil {
				return 0, fmt.Errorf("import of %s failed: %w", physicalInterface.Identifier, err)
			}

			slog.Info("imported new interface",
				"interface", physicalInterface.Identifier, "peers", len(physicalPeers), "backend", wgBackend.Config.Id)
			imported++
		}
	}

	return imported, nil
}

// CreateInterface reproduces internal/app/wireguard/wireguard_interfaces.go:413.
// CreateInterface creates a new interface with the given configuration.
func (m Manager) CreateInterface(ctx context.Context, in *domain.Interface) (*domain.Interface, error) {
	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return nil, err
	}

	existingInterface, err := m.db.GetInterface(ctx, in.Identifier) // race
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return nil, fmt.Errorf("unable to load existing interface %s: %w", in.Identifier, err)
	}
	if existingInterface != nil {
		return nil, fmt.Errorf("interface %s already exists: %w", in.Identifier, domain.ErrDuplicateEntry)
	}

	if err := m.validateInterfaceCreation(ctx, existingInterface, in); err != nil {
		return nil, fmt.Errorf("creation not allowed: %w", err)
	}

	in, err = m.saveInterface(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("creation failure: %w", err)
	}

	m.bus.Publish(app.TopicInterfaceCreated, *in)

	return in, nil
}

// saveInterface reproduces internal/app/wireguard/wireguard_interfaces.go:530 (hooks, routes and peer-type sync trimmed).
func (m Manager) saveInterface(ctx context.Context, iface *domain.Interface) (
	*domain.Interface,
	error,
) {
	if err := iface.Validate(); err != nil {
		return nil, fmt.Errorf("interface validation failed: %w", err)
	}

	err := m.db.SaveInterface(ctx, iface.Identifier, func(i *domain.Interface) (*domain.Interface, error) {
		iface.CopyCalculatedAttributes(i)

		err := m.wg.GetController(*iface).SaveInterface(ctx, iface.Identifier,
			func(pi *domain.PhysicalInterface) (*domain.PhysicalInterface, error) {
				return pi, nil
			})
		if err != nil {
			return nil, fmt.Errorf("failed to save physical interface %s: %w", iface.Identifier, err)
		}

		return iface, nil
	})
	if err != nil {
		return nil, fmt.Errorf("failed to save interface: %w", err)
	}

	return iface, nil
}

// importInterface reproduces internal/app/wireguard/wireguard_interfaces.go:868 (pfSense defaults and peer import trimmed).
func (m Manager) importInterface(
	ctx context.Context,
	backend domain.InterfaceController,
	in *domain.PhysicalInterface,
	peers []domain.PhysicalPeer,
) error {
	now := time.Now()
	iface := domain.ConvertPhysicalInterface(in)
	iface.BaseModel = domain.BaseModel{
		CreatedBy: domain.CtxSystemWgImporter,
		UpdatedBy: domain.CtxSystemWgImporter,
		CreatedAt: now,
		UpdatedAt: now,
	}
	iface.Backend = backend.GetId()

	existingInterface, err := m.db.GetInterface(ctx, iface.Identifier) // race
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return err
	}
	if existingInterface != nil {
		return errors.New("interface already exists")
	}

	err = m.db.SaveInterface(ctx, iface.Identifier, func(_ *domain.Interface) (*domain.Interface, error) {
		return iface, nil
	})
	if err != nil {
		return fmt.Errorf("database save failed: %w", err)
	}

	return nil
}

// validateInterfaceCreation reproduces internal/app/wireguard/wireguard_interfaces.go:1088 (key check trimmed).
func (m Manager) validateInterfaceCreation(ctx context.Context, _, new *domain.Interface) error {
	currentUser := domain.GetUserInfo(ctx)

	if new.Identifier == "" {
		return fmt.Errorf("invalid interface identifier")
	}

	if !currentUser.IsAdmin {
		return fmt.Errorf("insufficient permissions")
	}

	return nil
}
