package relay

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"example.com/heldout/indigo/atproto/syntax"
	"example.com/heldout/indigo/cmd/relay/relay/models"

	"gorm.io/gorm"
)

// GetHost reproduces cmd/relay/relay/host.go:16 (lookup :21).
func (r *Relay) GetHost(ctx context.Context, hostname string) (*models.Host, error) {
	var host models.Host
	if err := r.db.WithContext(ctx).Model(models.Host{}).Where("hostname = ?", hostname).First(&host).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrHostNotFound
		}
		return nil, err
	}

	// TODO: is this further check needed?
	if host.ID == 0 {
		return nil, ErrHostNotFound
	}

	return &host, nil
}

// GetHostByID reproduces cmd/relay/relay/host.go:36.
func (r *Relay) GetHostByID(ctx context.Context, hostID uint64) (*models.Host, error) {
	var host models.Host
	if err := r.db.WithContext(ctx).First(&host, hostID).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrHostNotFound
		}
		return nil, err
	}

	// TODO: is this further check needed?
	if host.ID == 0 {
		return nil, ErrHostNotFound
	}

	return &host, nil
}

// UpdateHostStatus reproduces cmd/relay/relay/host.go:74.
func (r *Relay) UpdateHostStatus(ctx context.Context, hostID uint64, status models.HostStatus) error {
	return r.db.WithContext(ctx).Model(models.Host{}).Where("id = ?", hostID).Update("status", status).Error
}

// parses, normalizes, and validates a raw URL (HTTP or WebSocket) in to a hostname for subscriptions
//
// Hostnames must be DNS names, not IP addresses.
//
// ParseHostname reproduces cmd/relay/relay/host.go:143.
func ParseHostname(raw string) (hostname string, noSSL bool, err error) {

	// handle case of bare hostname
	if !strings.Contains(raw, "://") {
		if strings.HasPrefix(raw, "localhost:") {
			raw = "http://" + raw
		} else {
			raw = "https://" + raw
		}
	}

	u, err := url.Parse(raw)
	if err != nil {
		return "", false, fmt.Errorf("not a valid host URL: %w", err)
	}
	noSSL = false

	switch u.Scheme {
	case "https", "wss":
		// pass
	case "http", "ws":
		noSSL = true
	default:
		return "", false, fmt.Errorf("unsupported URL scheme: %s", u.Scheme)
	}

	// 'localhost' (exact string) is allowed *with* a required port number; SSL is optional
	if u.Hostname() == "localhost" {
		if u.Port() == "" || !strings.HasPrefix(u.Host, "localhost:") {
			return "", false, fmt.Errorf("port number is required for localhost")
		}
		return u.Host, noSSL, nil
	}

	// port numbers not allowed otherwise
	if u.Port() != "" {
		return "", false, fmt.Errorf("port number not allowed for non-local names")
	}

	// check it is a real hostname (eg, not IP address or single-word alias)
	// TODO: more SSRF protection here? eg disallow '.local'
	h, err := syntax.ParseHandle(u.Host)
	if err != nil {
		return "", false, fmt.Errorf("not a public hostname")
	}
	// lower-case in response
	return h.Normalize().String(), noSSL, nil
}

// IsTrustedHostname reproduces cmd/relay/relay/host.go:192.
func IsTrustedHostname(hostname string, domains []string) bool {
	for _, d := range domains {
		if hostname == d {
			return true
		}
		if strings.HasPrefix(d, "*") && strings.HasSuffix(hostname, d[1:]) {
			return true
		}
	}
	return false
}
