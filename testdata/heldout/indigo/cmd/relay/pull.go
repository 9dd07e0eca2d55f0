package main

import (
	"context"
	"errors"
	"fmt"

	comatproto "example.com/heldout/indigo/api/atproto"
	"example.com/heldout/indigo/atproto/atclient"
	"example.com/heldout/indigo/atproto/identity"
	"example.com/heldout/indigo/cmd/relay/relay"
	"example.com/heldout/indigo/cmd/relay/relay/models"
	"example.com/heldout/indigo/util/cliutil"

	// stand-in for github.com/urfave/cli/v3
	"example.com/heldout/indigo/pkg/cli"
)

// cmdPullHosts reproduces cmd/relay/pull.go:18 (flags trimmed).
var cmdPullHosts = &cli.Command{
	Name:  "pull-hosts",
	Usage: "initializes or updates host list from an existing relay (public API)",
}

// runPullHosts reproduces cmd/relay/pull.go:61 (lookup :111, insert :149;
// the identity directory, the HostChecker describeServer call and NewRelay's
// event-manager argument are trimmed).
func runPullHosts(ctx context.Context, cmd *cli.Command) error {

	if cmd.Args().Len() > 0 {
		return fmt.Errorf("unexpected arguments")
	}

	client := atclient.NewAPIClient(cmd.String("relay-host"))

	var dir identity.Directory

	dburl := cmd.String("db-url")
	db, err := cliutil.SetupDatabase(dburl, 10)
	if err != nil {
		return err
	}

	relayConfig := relay.DefaultRelayConfig()
	relayConfig.DefaultRepoLimit = cmd.Int64("default-account-limit")
	relayConfig.TrustedDomains = cmd.StringSlice("trusted-domains")

	// NOTE: setting evtmgr to nil
	r, err := relay.NewRelay(db, dir, relayConfig)
	if err != nil {
		return err
	}

	cursor := ""
	size := cmd.Int64("batch-size")
	for {
		resp, err := comatproto.SyncListHosts(ctx, client, cursor, size)
		if err != nil {
			return err
		}
		for _, h := range resp.Hosts {
			if h.Status == nil {
				fmt.Printf("%s: status=unknown\n", h.Hostname)
				continue
			}
			if !(models.HostStatus(*h.Status) == models.HostStatusActive || models.HostStatus(*h.Status) == models.HostStatusIdle) {
				fmt.Printf("%s: status=%s\n", h.Hostname, *h.Status)
				continue
			}
			if h.Seq == nil || *h.Seq <= 0 {
				fmt.Printf("%s: no-cursor\n", h.Hostname)
				continue
			}
			// cmd/relay/README.md:155: "You should shut the relay down first and
			// run this as a separate command"; the loop itself is sequential.
			existing, err := r.GetHost(ctx, h.Hostname) // safe: single-writer admin command, documented to run with the relay shut down (README.md:155); host.hostname is uniqueIndex (models.go:40)
			if err != nil && !errors.Is(err, relay.ErrHostNotFound) {
				return err
			}
			if existing != nil {
				fmt.Printf("%s: exists\n", h.Hostname)
				continue
			}
			hostname, noSSL, err := relay.ParseHostname(h.Hostname)
			if err != nil {
				return fmt.Errorf("%w: %s", err, h.Hostname)
			}
			if noSSL {
				// skip "localhost" and non-SSL hosts (this is for public PDS instances)
				fmt.Printf("%s: non-public\n", h.Hostname)
				continue
			}

			accountLimit := r.Config.DefaultRepoLimit
			trusted := relay.IsTrustedHostname(hostname, r.Config.TrustedDomains)
			if trusted {
				accountLimit = r.Config.TrustedRepoLimit
			}

			host := models.Host{
				Hostname:     hostname,
				NoSSL:        noSSL,
				Status:       models.HostStatusActive,
				Trusted:      trusted,
				AccountLimit: accountLimit,
			}
			if err := db.Create(&host).Error; err != nil {
				return err
			}
			fmt.Printf("%s: added\n", h.Hostname)
		}
		if resp.Cursor == nil || *resp.Cursor == "" {
			break
		}
		cursor = *resp.Cursor
	}
	return nil
}

var _ = cmdPullHosts
var _ = runPullHosts
