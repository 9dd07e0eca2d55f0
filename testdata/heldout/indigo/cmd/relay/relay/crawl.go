package relay

import (
	"context"
	"fmt"

	"example.com/heldout/indigo/cmd/relay/relay/models"
)

// SubscribeToHost reproduces cmd/relay/relay/crawl.go:11 (lookup :20,
// insert :46). Called by the public com.atproto.sync.requestCrawl handler
// and the admin requestCrawl (cmd/relay/handlers.go:19, :68).
func (r *Relay) SubscribeToHost(ctx context.Context, hostname string, noSSL, adminForce bool) error {

	// if we already have an active subscription, exit early
	if r.Slurper.CheckIfSubscribed(hostname) {
		return nil
	}

	// fetch host info from database. this query will not error if host does not yet exist
	var host models.Host
	// two requestCrawl calls for a new hostname (public endpoint, plus the
	// copy forwarded to sibling relays) both see ID == 0 and both Create; the
	// second fails on host.hostname uniqueIndex (models.go:40) instead of
	// taking the found path. CheckIfSubscribed above is an in-memory check
	// that is only set by Subscribe after the insert.
	if err := r.db.WithContext(ctx).Find(&host, "hostname = ?", hostname).Error; err != nil { // race
		return err
	}

	if host.ID == 0 {

		// check if we're over the limit for new hosts today (bypass if admin mode)
		if !adminForce && !r.HostPerDayLimiter.Allow() {
			// TODO: is this the correct error code?
			return ErrNewHostsDisabled
		}

		accountLimit := r.Config.DefaultRepoLimit
		trusted := IsTrustedHostname(hostname, r.Config.TrustedDomains)
		if trusted {
			accountLimit = r.Config.TrustedRepoLimit
		}

		host = models.Host{
			Hostname:     hostname,
			NoSSL:        noSSL,
			Status:       models.HostStatusActive,
			Trusted:      trusted,
			AccountLimit: accountLimit,
		}

		if err := r.db.WithContext(ctx).Create(&host).Error; err != nil {
			return err
		}

		r.Logger.Info("adding new host subscription", "hostname", hostname, "noSSL", noSSL, "adminForce", adminForce)
	} else if host.Status == models.HostStatusBanned {
		return fmt.Errorf("cannot subscribe to banned pds")
	}

	return r.Slurper.Subscribe(&host)
}
