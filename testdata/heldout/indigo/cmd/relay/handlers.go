package main

import (
	"context"
	"errors"
	"strings"

	"example.com/heldout/indigo/cmd/relay/relay"
)

// Service reproduces cmd/relay/service.go (trimmed).
type Service struct {
	relay  *relay.Relay
	config ServiceConfig
}

// ServiceConfig reproduces cmd/relay/service.go (trimmed).
type ServiceConfig struct {
	// if true, don't process public (unauthenticated) requestCrawl
	DisableRequestCrawl bool
	AllowInsecureHosts  bool
}

// SyncRequestCrawl_Input reproduces api/atproto/syncrequestCrawl.go (trimmed).
type SyncRequestCrawl_Input = struct {
	Hostname string `json:"hostname"`
}

// handleComAtprotoSyncRequestCrawl reproduces cmd/relay/handlers.go:19
// (echo context, domain-ban check, host check and sibling forwarding
// trimmed). POST /xrpc/com.atproto.sync.requestCrawl (public) and the admin
// requestCrawl (handlers_admin.go:22, admin = true).
func (s *Service) handleComAtprotoSyncRequestCrawl(ctx context.Context, body *SyncRequestCrawl_Input, admin bool) error {

	if s.config.DisableRequestCrawl && !admin {
		return errors.New("public requestCrawl not allowed on this relay")
	}

	hostname, noSSL, err := relay.ParseHostname(body.Hostname)
	if err != nil {
		return err
	}

	if noSSL && !s.config.AllowInsecureHosts && !admin {
		return errors.New("this relay requires host SSL")
	}

	if strings.HasPrefix(hostname, "localhost:") && !admin {
		return errors.New("can not configure localhost via public endpoint")
	}

	return s.relay.SubscribeToHost(ctx, hostname, noSSL, admin)
}
