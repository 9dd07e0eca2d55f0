// Package wireguard reproduces h44z/wg-portal c800e7dd343b internal/app/wireguard.
package wireguard

import (
	"context"
	"log/slog"
	"sync"

	"example.com/heldout/wgportal/internal/app"
	"example.com/heldout/wgportal/internal/config"
	"example.com/heldout/wgportal/internal/domain"
)

// region dependencies

// InterfaceAndPeerDatabaseRepo reproduces internal/app/wireguard/wireguard.go:16 (trimmed).
type InterfaceAndPeerDatabaseRepo interface {
	GetInterface(ctx context.Context, id domain.InterfaceIdentifier) (*domain.Interface, error)
	GetAllInterfaces(ctx context.Context) ([]domain.Interface, error)
	SaveInterface(
		ctx context.Context,
		id domain.InterfaceIdentifier,
		updateFunc func(in *domain.Interface) (*domain.Interface, error),
	) error
	GetInterfacePeers(ctx context.Context, id domain.InterfaceIdentifier) ([]domain.Peer, error)
	GetUserPeers(ctx context.Context, id domain.UserIdentifier) ([]domain.Peer, error)
	SavePeer(
		ctx context.Context,
		id domain.PeerIdentifier,
		updateFunc func(in *domain.Peer) (*domain.Peer, error),
	) error
	GetPeer(ctx context.Context, id domain.PeerIdentifier) (*domain.Peer, error)
	GetUser(ctx context.Context, id domain.UserIdentifier) (*domain.User, error)
	GetAllUsers(ctx context.Context) ([]domain.User, error)
}

// EventBus reproduces internal/app/wireguard/wireguard.go:48.
type EventBus interface {
	// Publish sends a message to the message bus.
	Publish(topic string, args ...any)
	// Subscribe subscribes to a topic
	Subscribe(topic string, fn interface{}) error
}

// endregion dependencies

// Manager reproduces internal/app/wireguard/wireguard.go:57.
type Manager struct {
	cfg *config.Config
	bus EventBus
	db  InterfaceAndPeerDatabaseRepo
	wg  *ControllerManager

	userLockMap      *sync.Map
	interfaceLockMap *sync.Map
}

// NewWireGuardManager reproduces internal/app/wireguard/wireguard.go:67.
func NewWireGuardManager(
	cfg *config.Config,
	bus EventBus,
	wg *ControllerManager,
	db InterfaceAndPeerDatabaseRepo,
) (*Manager, error) {
	m := &Manager{
		cfg:              cfg,
		bus:              bus,
		wg:               wg,
		db:               db,
		userLockMap:      &sync.Map{},
		interfaceLockMap: &sync.Map{},
	}

	m.connectToMessageBus()

	return m, nil
}

// connectToMessageBus reproduces internal/app/wireguard/wireguard.go:93 (trimmed).
func (m Manager) connectToMessageBus() {
	_ = m.bus.Subscribe(app.TopicUserCreated, m.handleUserCreationEvent)
	_ = m.bus.Subscribe(app.TopicAuthLogin, m.handleUserLoginEvent)
	_ = m.bus.Subscribe(app.TopicInterfaceCreated, m.handleInterfaceCreatedEvent)
}

// handleUserCreationEvent reproduces internal/app/wireguard/wireguard.go:102.
func (m Manager) handleUserCreationEvent(user domain.User) {
	if !m.cfg.Core.CreateDefaultPeerOnUserCreation {
		return
	}

	_, loaded := m.userLockMap.LoadOrStore(user.Identifier, "create")
	if loaded {
		return // another goroutine is already handling this user
	}
	defer m.userLockMap.Delete(user.Identifier)

	slog.Debug("handling new user event", "user", user.Identifier)

	ctx := domain.SetUserInfo(context.Background(), domain.SystemAdminContextUserInfo())
	err := m.CreateDefaultPeer(ctx, user.Identifier)
	if err != nil {
		slog.Error("failed to create default peer", "user", user.Identifier, "error", err)
		return
	}
}

// handleUserLoginEvent reproduces internal/app/wireguard/wireguard.go:123.
func (m Manager) handleUserLoginEvent(userId domain.UserIdentifier) {
	if !m.cfg.Core.CreateDefaultPeerOnLogin {
		return
	}

	_, loaded := m.userLockMap.LoadOrStore(userId, "login")
	if loaded {
		return // another goroutine is already handling this user
	}
	defer m.userLockMap.Delete(userId)

	userPeers, err := m.db.GetUserPeers(context.Background(), userId) // safe: in-process lock (per-user try-lock held around check and create)
	if err != nil {
		slog.Error("failed to retrieve existing peers prior to default peer creation",
			"user", userId,
			"error", err)
		return
	}

	if len(userPeers) > 0 {
		return // user already has peers, skip creation
	}

	slog.Debug("handling new user login", "user", userId)

	ctx := domain.SetUserInfo(context.Background(), domain.SystemAdminContextUserInfo())
	err = m.CreateDefaultPeer(ctx, userId)
	if err != nil {
		slog.Error("failed to create default peer", "user", userId, "error", err)
		return
	}
}

// handleInterfaceCreatedEvent reproduces internal/app/wireguard/wireguard.go:279.
// handleInterfaceCreatedEvent creates default peers for all existing users when a new interface is created.
// This ensures users that already exist (e.g. imported via a prior LDAP sync that had no interface available)
// also receive a default peer for the newly created interface.
func (m Manager) handleInterfaceCreatedEvent(iface domain.Interface) {
	if !m.cfg.Core.CreateDefaultPeerOnUserCreation {
		return
	}

	_, loaded := m.interfaceLockMap.LoadOrStore(iface.Identifier, "create")
	if loaded {
		return // another goroutine is already handling this interface
	}
	defer m.interfaceLockMap.Delete(iface.Identifier)

	slog.Debug("handling new interface event", "interface", iface.Identifier)

	ctx := domain.SetUserInfo(context.Background(), domain.SystemAdminContextUserInfo())

	err := m.CreateDefaultPeers(ctx, iface.Identifier)
	if err != nil {
		slog.Error("failed to create default peers on new interface",
			"interface", iface.Identifier, "error", err)
	}
}
