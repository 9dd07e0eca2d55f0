// Reproduction of go-vela/server scm/github/app_install.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths and the site marker; see vela/CATALOGUE.md N4).

// SPDX-License-Identifier: Apache-2.0

package github

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"gorm.io/gorm"

	"example.com/heldout/vela/api/types"
	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database"
	"example.com/heldout/vela/internal"
)

// ProcessInstallation takes a GitHub installation and processes the changes.
func (c *Client) ProcessInstallation(ctx context.Context, _ *http.Request, webhook *internal.Webhook, db database.Interface) error {
	c.Logger.Tracef("processing GitHub App installation")

	errs := []string{}

	// set install_id for repos added to the installation
	for _, repo := range webhook.Installation.RepositoriesAdded {
		r, err := db.GetRepoForOrg(ctx, webhook.Installation.Org, repo) // safe: the lookup only guards an update: ErrRecordNotFound skips the repo (continue), a found repo gets PartialUpdateRepo of install_id and an installation hook whose number comes from the atomic hook_counter (N2)
		if err != nil {
			if !errors.Is(err, gorm.ErrRecordNotFound) {
				errs = append(errs, fmt.Sprintf("%s:%s", repo, err.Error()))
			}

			// skip repos that dont exist in vela
			continue
		}

		err = updateRepoInstallationID(ctx, webhook, r, db, webhook.Installation.ID)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s:%s", repo, err.Error()))
		}
	}

	// set install_id for repos removed from the installation
	for _, repo := range webhook.Installation.RepositoriesRemoved {
		r, err := db.GetRepoForOrg(ctx, webhook.Installation.Org, repo)
		if err != nil {
			if !errors.Is(err, gorm.ErrRecordNotFound) {
				errs = append(errs, fmt.Sprintf("%s:%s", repo, err.Error()))
			}

			// skip repos that dont exist in vela
			continue
		}

		err = updateRepoInstallationID(ctx, webhook, r, db, 0)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s:%s", repo, err.Error()))
		}
	}

	// combine all errors
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, ", "))
	}

	return nil
}

// updateRepoInstallationID updates the installation ID for a repo.
func updateRepoInstallationID(ctx context.Context, webhook *internal.Webhook, r *types.Repo, db database.Interface, installID int64) error {
	r.SetInstallID(installID)

	h := new(types.Hook)
	h.SetNumber(webhook.Hook.GetNumber())
	h.SetSourceID(webhook.Hook.GetSourceID())
	h.SetWebhookID(webhook.Hook.GetWebhookID())
	h.SetCreated(webhook.Hook.GetCreated())
	h.SetHost(webhook.Hook.GetHost())
	h.SetEvent(constants.EventInstallation)
	h.SetStatus(webhook.Hook.GetStatus())

	err := db.PartialUpdateRepo(ctx, &api.Repo{ID: r.ID, InstallID: &installID})
	if err != nil {
		h.SetStatus(constants.StatusFailure)
		h.SetError(err.Error())
	}

	h.Repo = r

	// send hook update to db
	_, err = db.CreateHook(ctx, h)
	if err != nil {
		return err
	}

	return nil
}

// FinishInstallation completes the web flow for a GitHub App installation,
// returning a redirect to the app installation page (trimmed: the GitHub
// API call is not reproduced).
func (c *Client) FinishInstallation(ctx context.Context, _ *http.Request, installID int64) (string, error) {
	c.Logger.Tracef("finishing GitHub App installation for ID %d", installID)

	return "", nil
}
