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

// CreateDefaultPeer reproduces internal/app/wireguard/wireguard_peers.go:17.
// CreateDefaultPeer creates a default peer for the given user on all server interfaces.
func (m Manager) CreateDefaultPeer(ctx context.Context, userId domain.UserIdentifier) error {
	if !m.cfg.DefaultPeerCreationEnabled() {
		return nil
	}

	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return err
	}

	existingInterfaces, err := m.db.GetAllInterfaces(ctx)
	if err != nil {
		return fmt.Errorf("failed to fetch all interfaces: %w", err)
	}

	user, err := m.db.GetUser(ctx, userId)
	if err != nil {
		return fmt.Errorf("failed to fetch user: %w", err)
	}

	var newPeers []domain.Peer
	for _, iface := range existingInterfaces {
		peer, err := m.prepareDefaultPeer(ctx, &iface, user) // race
		if err != nil {
			return fmt.Errorf("failed to prepare default peer: %w", err)
		}

		if peer != nil {
			newPeers = append(newPeers, *peer)
		}
	}

	for i, peer := range newPeers {
		_, err := m.CreatePeer(ctx, &newPeers[i])
		if err != nil {
			return fmt.Errorf("failed to create default peer %s on interface %s: %w",
				peer.Identifier, peer.InterfaceIdentifier, err)
		}
	}

	slog.InfoContext(ctx, "created default peers for user", "user", userId, "count", len(newPeers))

	return nil
}

// CreateDefaultPeers reproduces internal/app/wireguard/wireguard_peers.go:62.
// CreateDefaultPeers creates default peers for all existing users on the given interface.
func (m Manager) CreateDefaultPeers(ctx context.Context, interfaceId domain.InterfaceIdentifier) error {
	if !m.cfg.DefaultPeerCreationEnabled() {
		return nil
	}

	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return err
	}

	iface, err := m.db.GetInterface(ctx, interfaceId)
	if err != nil {
		return fmt.Errorf("failed to fetch interface %s: %w", interfaceId, err)
	}

	if !iface.CreateDefaultPeers() {
		return nil
	}

	users, err := m.db.GetAllUsers(ctx)
	if err != nil {
		return fmt.Errorf("failed to fetch all users: %w", err)
	}

	var errs error
	var peerCount int
	for _, user := range users {
		peer, err := m.prepareDefaultPeer(ctx, iface, &user) // race
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("failed to prepare default peer for user %s: %w",
				user.Identifier, err))
			continue
		}
		if peer == nil {
			continue
		}
		_, err = m.CreatePeer(ctx, peer)
		if err != nil {
			errs = errors.Join(errs, fmt.Errorf("failed to create default peer for user %s: %w",
				user.Identifier, err))
			continue
		}
		peerCount++
	}

	if errs != nil {
		return fmt.Errorf("failed to create default peers for interface %s: %w", interfaceId, errs)
	}

	slog.InfoContext(ctx, "created default peers for interface", "interface", interfaceId, "count", peerCount)

	return nil
}

// PreparePeer reproduces internal/app/wireguard/wireguard_peers.go:125 (key, IP and option generation trimmed).
func (m Manager) PreparePeer(ctx context.Context, id domain.InterfaceIdentifier) (*domain.Peer, error) {
	if !m.cfg.Core.SelfProvisioningAllowed {
		if err := domain.ValidateAdminAccessRights(ctx); err != nil {
			return nil, err
		}
	}

	currentUser := domain.GetUserInfo(ctx)

	if err := m.checkInterfaceAccess(ctx, id); err != nil {
		return nil, err
	}

	iface, err := m.db.GetInterface(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("unable to find interface %s: %w", id, err)
	}

	peerMode := domain.InterfaceTypeClient
	if iface.Type == domain.InterfaceTypeClient {
		peerMode = domain.InterfaceTypeServer
	}

	kp := domain.KeyPair{PublicKey: fmt.Sprintf("pk-%d", time.Now().UnixNano())}
	peerId := domain.PeerIdentifier(kp.PublicKey)
	freshPeer := &domain.Peer{
		BaseModel: domain.BaseModel{
			CreatedBy: string(currentUser.Id),
			UpdatedBy: string(currentUser.Id),
			CreatedAt: time.Now(),
			UpdatedAt: time.Now(),
		},
		Identifier:          peerId,
		UserIdentifier:      currentUser.Id,
		InterfaceIdentifier: iface.Identifier,
		Disabled:            nil,
		DisabledReason:      "",
		ExpiresAt:           nil,
		Notes:               "",
		Interface: domain.PeerInterfaceConfig{
			KeyPair: kp,
			Type:    peerMode,
		},
	}
	freshPeer.GenerateDisplayName("")

	return freshPeer, nil
}

// CreatePeer reproduces internal/app/wireguard/wireguard_peers.go:224.
// CreatePeer creates a new peer.
func (m Manager) CreatePeer(ctx context.Context, peer *domain.Peer) (*domain.Peer, error) {
	if !m.cfg.Core.SelfProvisioningAllowed {
		if err := domain.ValidateAdminAccessRights(ctx); err != nil {
			return nil, err
		}
	} else {
		if err := domain.ValidateUserAccessRights(ctx, peer.UserIdentifier); err != nil {
			return nil, err
		}
		if err := m.checkInterfaceAccess(ctx, peer.InterfaceIdentifier); err != nil {
			return nil, err
		}
	}

	sessionUser := domain.GetUserInfo(ctx)

	peer.Identifier = domain.PeerIdentifier(peer.Interface.PublicKey) // ensure that identifier corresponds to the public key

	// Enforce peer limit for non-admin users if LimitAdditionalUserPeers is set
	if m.cfg.Core.SelfProvisioningAllowed && !sessionUser.IsAdmin && m.cfg.Advanced.LimitAdditionalUserPeers > 0 {
		peers, err := m.db.GetUserPeers(ctx, peer.UserIdentifier)
		if err != nil {
			return nil, fmt.Errorf("failed to fetch peers for user %s: %w", peer.UserIdentifier, err)
		}
		// Count enabled peers (disabled IS NULL)
		peerCount := 0
		for _, p := range peers {
			if !p.IsDisabled() {
				peerCount++
			}
		}
		totalAllowedPeers := 1 + m.cfg.Advanced.LimitAdditionalUserPeers // 1 default peer + x additional peers
		if peerCount >= totalAllowedPeers {
			slog.WarnContext(ctx, "peer creation blocked due to limit",
				"user", peer.UserIdentifier,
				"current_count", peerCount,
				"allowed_count", totalAllowedPeers)
			return nil, fmt.Errorf("peer limit reached (%d peers allowed): %w", totalAllowedPeers,
				domain.ErrNoPermission)
		}
	}

	existingPeer, err := m.db.GetPeer(ctx, peer.Identifier) // race
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return nil, fmt.Errorf("unable to load existing peer %s: %w", peer.Identifier, err)
	}
	if existingPeer != nil {
		return nil, fmt.Errorf("peer %s already exists: %w", peer.Identifier, domain.ErrDuplicateEntry)
	}

	// if a peer is self provisioned, ensure that only allowed fields are set from the request
	if !sessionUser.IsAdmin {
		preparedPeer, err := m.PreparePeer(ctx, peer.InterfaceIdentifier)
		if err != nil {
			return nil, fmt.Errorf("failed to prepare peer for interface %s: %w", peer.InterfaceIdentifier, err)
		}

		preparedPeer.OverwriteUserEditableFields(peer)

		peer = preparedPeer
	}

	if err := m.validatePeerCreation(ctx, existingPeer, peer); err != nil {
		return nil, fmt.Errorf("creation not allowed: %w", err)
	}

	err = m.savePeers(ctx, peer)
	if err != nil {
		return nil, fmt.Errorf("creation failure: %w", err)
	}

	m.bus.Publish(app.TopicPeerCreated, *peer)

	return peer, nil
}

// region helper-functions

// savePeers reproduces internal/app/wireguard/wireguard_peers.go:508 (audit and route events trimmed).
func (m Manager) savePeers(ctx context.Context, peers ...*domain.Peer) error {
	interfaces := make(map[domain.InterfaceIdentifier]domain.Interface)

	for _, peer := range peers {
		// get interface from db if it is not yet in the map
		if _, ok := interfaces[peer.InterfaceIdentifier]; !ok {
			iface, err := m.db.GetInterface(ctx, peer.InterfaceIdentifier)
			if err != nil {
				return fmt.Errorf("unable to find interface %s: %w", peer.InterfaceIdentifier, err)
			}
			interfaces[peer.InterfaceIdentifier] = *iface
		}

		iface := interfaces[peer.InterfaceIdentifier]

		// Always save the peer to the backend, regardless of disabled/expired state
		// The backend will handle the disabled state appropriately
		err := m.db.SavePeer(ctx, peer.Identifier, func(p *domain.Peer) (*domain.Peer, error) {
			peer.CopyCalculatedAttributes(p)

			err := m.wg.GetController(iface).SavePeer(ctx, peer.InterfaceIdentifier, peer.Identifier,
				func(pp *domain.PhysicalPeer) (*domain.PhysicalPeer, error) {
					return pp, nil
				})
			if err != nil {
				return nil, fmt.Errorf("failed to save wireguard peer %s: %w", peer.Identifier, err)
			}

			return peer, nil
		})
		if err != nil {
			return fmt.Errorf("save failure for peer %s: %w", peer.Identifier, err)
		}
	}

	for iface := range interfaces {
		m.bus.Publish(app.TopicPeerInterfaceUpdated, iface)
	}

	return nil
}

// validatePeerCreation reproduces internal/app/wireguard/wireguard_peers.go:633.
func (m Manager) validatePeerCreation(ctx context.Context, _, new *domain.Peer) error {
	currentUser := domain.GetUserInfo(ctx)

	if new.Identifier == "" {
		return fmt.Errorf("invalid peer identifier: %w", domain.ErrInvalidData)
	}

	if !currentUser.IsAdmin && !m.cfg.Core.SelfProvisioningAllowed {
		return domain.ErrNoPermission
	}

	_, err := m.db.GetInterface(ctx, new.InterfaceIdentifier)
	if err != nil {
		return fmt.Errorf("invalid interface: %w", domain.ErrInvalidData)
	}

	return nil
}

// checkInterfaceAccess reproduces internal/app/wireguard/wireguard_peers.go:662 (LDAP allow-list trimmed).
func (m Manager) checkInterfaceAccess(ctx context.Context, id domain.InterfaceIdentifier) error {
	user := domain.GetUserInfo(ctx)
	if user.IsAdmin {
		return nil
	}

	_, err := m.db.GetInterface(ctx, id)
	if err != nil {
		return fmt.Errorf("failed to get interface %s: %w", id, err)
	}

	return nil
}

// prepareDefaultPeer reproduces internal/app/wireguard/wireguard_peers.go:680.
func (m Manager) prepareDefaultPeer(ctx context.Context, iface *domain.Interface, user *domain.User) (
	*domain.Peer,
	error,
) {
	if !iface.CreateDefaultPeers() || !user.CreateDefaultPeers() {
		return nil, nil
	}

	userPeers, err := m.db.GetUserPeers(ctx, user.Identifier)
	if err != nil {
		return nil, fmt.Errorf("failed to retrieve existing peers prior to default peer creation: %w", err)
	}

	peerAlreadyCreated := slices.ContainsFunc(userPeers, func(peer domain.Peer) bool {
		// Ignore the AutomaticallyCreated flag on the peer.
		// If a user already has a peer for a given interface, no default peer should be created.
		return peer.InterfaceIdentifier == iface.Identifier
	})
	if peerAlreadyCreated {
		return nil, nil // skip creation if a peer already exists for this interface
	}

	peer, err := m.PreparePeer(ctx, iface.Identifier)
	if err != nil {
		return nil, fmt.Errorf("failed to create default peer for interface %s: %w", iface.Identifier, err)
	}

	peer.UserIdentifier = user.Identifier
	peer.Notes = fmt.Sprintf("Default peer created for user %s", user.Identifier)
	peer.AutomaticallyCreated = true
	peer.GenerateDisplayName("Default")

	return peer, nil
}

// endregion helper-functions
