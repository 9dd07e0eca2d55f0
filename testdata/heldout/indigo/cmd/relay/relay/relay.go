// Package relay reproduces, trimmed, indigo cmd/relay/relay (the atproto
// relay: hosts, accounts and account repo state in gorm, see models/).
package relay

import (
	"context"
	"log/slog"
	"time"

	"example.com/heldout/indigo/atproto/identity"
	"example.com/heldout/indigo/cmd/relay/relay/models"

	// stand-ins for github.com/RussellLuo/slidingwindow and github.com/hashicorp/golang-lru/v2
	lru "example.com/heldout/indigo/pkg/golang-lru"
	"example.com/heldout/indigo/pkg/slidingwindow"

	"gorm.io/gorm"
)

// Relay reproduces cmd/relay/relay/relay.go:20 (trimmed: events, host
// checker and socket consumers dropped).
type Relay struct {
	db      *gorm.DB
	Dir     identity.Directory
	Logger  *slog.Logger
	Slurper *Slurper
	Config  RelayConfig

	// Account cache
	accountCache *lru.Cache[string, *models.Account]

	HostPerDayLimiter *slidingwindow.Limiter
}

// RelayConfig reproduces cmd/relay/relay/relay.go:40.
type RelayConfig struct {
	UserAgent             string
	DefaultRepoLimit      int64
	TrustedRepoLimit      int64
	ConcurrencyPerHost    int
	LenientSyncValidation bool
	TrustedDomains        []string
	HostPerDayLimit       int64

	// If true, skip validation that messages for a given account (DID) are coming from the expected upstream host (PDS). Currently only used in tests; might be used for intermediate relays in the future.
	SkipAccountHostCheck bool
}

// DefaultRelayConfig reproduces cmd/relay/relay/relay.go:53.
func DefaultRelayConfig() *RelayConfig {
	// NOTE: many of these defaults are clobbered by CLI arguments
	return &RelayConfig{
		UserAgent:          "indigo-relay (atproto-relay)",
		DefaultRepoLimit:   100,
		TrustedRepoLimit:   10_000_000,
		ConcurrencyPerHost: 40,
		HostPerDayLimit:    50,
	}
}

// NewRelay reproduces cmd/relay/relay/relay.go:64 (trimmed: the event
// manager argument and the slurper callbacks are dropped).
func NewRelay(db *gorm.DB, dir identity.Directory, config *RelayConfig) (*Relay, error) {

	if config == nil {
		config = DefaultRelayConfig()
	}

	uc, _ := lru.New[string, *models.Account](2_000_000)

	r := &Relay{
		db:     db,
		Dir:    dir,
		Logger: slog.Default().With("system", "relay"),
		Config: *config,

		accountCache: uc,

		HostPerDayLimiter: slidingwindow.NewLimiter(24*time.Hour, config.HostPerDayLimit),
	}

	if err := r.MigrateDatabase(); err != nil {
		return nil, err
	}

	r.Slurper = NewSlurper()

	return r, nil
}

// MigrateDatabase reproduces cmd/relay/relay/relay.go:111.
func (r *Relay) MigrateDatabase() error {
	if err := r.db.AutoMigrate(models.DomainBan{}); err != nil {
		return err
	}
	if err := r.db.AutoMigrate(models.Host{}); err != nil {
		return err
	}
	if err := r.db.AutoMigrate(models.Account{}); err != nil {
		return err
	}
	if err := r.db.AutoMigrate(models.AccountRepo{}); err != nil {
		return err
	}
	return nil
}

// simple check of connection to database
func (r *Relay) Healthcheck(ctx context.Context) error {
	return r.db.WithContext(ctx).Exec("SELECT 1").Error
}
