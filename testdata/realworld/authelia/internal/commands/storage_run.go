// Package commands is a reduced copy of upstream internal/commands/storage_run.go:
// the `authelia storage ...` CLI commands (each runs once, in its own process).
package commands

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"example.com/realworld/authelia/internal/model"
	"example.com/realworld/authelia/internal/storage"
	"example.com/realworld/authelia/third_party/uuid"
)

// runStorageBansRevokeUser is `authelia storage bans user revoke <username>`.
// upstream internal/commands/storage_run.go:956
func runStorageBansRevokeUser(ctx context.Context, w io.Writer, store storage.Provider, id int, target string) (err error) {
	var bans []model.BannedUser

	if id == 0 {
		if target == "" {
			return fmt.Errorf("either the username or id is required")
		}

		if bans, err = store.LoadBannedUser(ctx, target); err != nil { // safe: CLI lookup guards an update (RevokeBannedUser) of the found rows; nothing is inserted
			return err
		}
	} else {
		// LoadBannedUserByID trimmed.
		return fmt.Errorf("revoking by id is not reproduced")
	}

	tw := tabwriter.NewWriter(w, 1, 1, 1, ' ', 0)

	_, _ = fmt.Fprintf(tw, "ID\tUsername\tResult\tInformation\n")

	for _, ban := range bans {
		if ban.Revoked {
			_, _ = fmt.Fprintf(tw, "%d\t%s\tSKIPPED\tBan has already been revoked\n", ban.ID, ban.Username)
		} else {
			if err = store.RevokeBannedUser(ctx, ban.ID, time.Now()); err != nil {
				_, _ = fmt.Fprintf(tw, "%d\t%s\tFAILURE\tError: %+v\n", ban.ID, ban.Username, err)
			} else {
				_, _ = fmt.Fprintf(tw, "%d\t%s\tSUCCESS\tN/A\n", ban.ID, ban.Username)
			}
		}
	}

	return tw.Flush()
}

// TOTPGenerator stands in for upstream totp.Provider.GenerateCustom.
type TOTPGenerator func(username, secret string) (config *model.TOTPConfiguration, err error)

// runStorageUserTOTPGenerate is `authelia storage user totp generate <username> [--force]`.
// upstream internal/commands/storage_run.go:1531 (QR code image output trimmed)
func runStorageUserTOTPGenerate(ctx context.Context, w io.Writer, store storage.Provider, generate TOTPGenerator, username, secret string, force bool) (err error) {
	var (
		c *model.TOTPConfiguration
	)

	if _, err = store.LoadTOTPConfiguration(ctx, username); err == nil && !force { // safe: single CLI run, and SaveTOTPConfiguration is an upsert (INSERT ... ON CONFLICT (username) DO UPDATE / REPLACE INTO)
		return fmt.Errorf("%s already has a TOTP configuration, use --force to overwrite", username)
	} else if err != nil && !errors.Is(err, storage.ErrNoTOTPConfiguration) {
		return err
	}

	if c, err = generate(username, secret); err != nil {
		return err
	}

	if err = store.SaveTOTPConfiguration(ctx, *c); err != nil {
		return err
	}

	_, _ = fmt.Fprintf(w, "Successfully generated TOTP configuration for user '%s'\n", username)

	return nil
}

var validIdentifierServices = []string{"openid"}

// runStorageUserIdentifiersGenerate is `authelia storage user identifiers generate --users ... --services ... --sectors ...`.
// upstream internal/commands/storage_run.go:2084
func runStorageUserIdentifiersGenerate(ctx context.Context, w io.Writer, store storage.Provider, users, services, sectors []string) (err error) {
	if len(users) == 0 {
		return fmt.Errorf("must supply at least one user")
	}

	for _, service := range services {
		if !containsString(validIdentifierServices, service) {
			return fmt.Errorf("one or more the service names '%s' is invalid, the valid values are: '%s'", strings.Join(services, "', '"), strings.Join(validIdentifierServices, "', '"))
		}
	}

	var identifiers []model.UserOpaqueIdentifier

	if identifiers, err = store.LoadUserOpaqueIdentifiers(ctx); err != nil && !errors.Is(err, sql.ErrNoRows) { // safe: single CLI run over a preloaded list; duplicates are skipped and (service, sector_id, username) is unique (V0004.OpenIDConnect.up.sql:9)
		return fmt.Errorf("can't load the existing identifiers: %w", err)
	}

	if len(sectors) == 0 {
		sectors = append(sectors, "")
	}

	var added, duplicates int

	for _, service := range services {
		for _, sector := range sectors {
			for _, username := range users {
				identifier := model.UserOpaqueIdentifier{
					Service:  service,
					SectorID: sector,
					Username: username,
				}

				if containsIdentifier(identifier, identifiers) {
					duplicates++

					continue
				}

				identifier.Identifier, err = uuid.NewRandom()
				if err != nil {
					return fmt.Errorf("failed to generate a uuid: %w", err)
				}

				if err = store.SaveUserOpaqueIdentifier(ctx, identifier); err != nil {
					return fmt.Errorf("failed to save identifier: %w", err)
				}

				added++
			}
		}
	}

	_, _ = fmt.Fprintf(w, "Successfully generated and added opaque identifiers:\n")

	if duplicates != 0 {
		_, _ = fmt.Fprintf(w, "\tSkipped Duplicates: %d\n", duplicates)
	}

	_, _ = fmt.Fprintf(w, "\tTotal: %d", added)

	return nil
}

// upstream internal/commands/helpers.go:19
func containsIdentifier(identifier model.UserOpaqueIdentifier, identifiers []model.UserOpaqueIdentifier) bool {
	for _, id := range identifiers {
		if identifier.Service == id.Service && identifier.SectorID == id.SectorID && identifier.Username == id.Username {
			return true
		}
	}

	return false
}

func containsString(haystack []string, needle string) bool {
	for _, s := range haystack {
		if s == needle {
			return true
		}
	}

	return false
}
