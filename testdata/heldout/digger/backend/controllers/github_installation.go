package controllers

// Copied verbatim from backend/controllers/github_installation.go (import paths changed; marker added).

import (
	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/pkg/github"
	"log/slog"
)

func handleInstallationDeletedEvent(installation *github.InstallationEvent, appId int64) error {
	installationId := *installation.Installation.ID

	slog.Info("Handling installation deleted event",
		"installationId", installationId,
		"appId", appId,
	)

	// Site N6: GetGithubInstallationLinkForInstallationId uses Find, so an unknown installation gives a
	// zero-valued link and nil error; MakeGithubAppInstallationLinkInactive then Saves it, and GORM Save of
	// a zero primary key is an INSERT (github_installation_id 0, organisation_id 0).
	link, err := models.DB.GetGithubInstallationLinkForInstallationId(installationId) // safe: the lookup guards an update of the found link; for an unknown installation the accidental INSERT of the zero link (organisation_id 0) fails on fk_github_app_installation_links_organisation (20231227132525.sql:118), so nothing keyed on the installation id is ever created
	if err != nil {
		slog.Error("Error getting installation link", "installationId", installationId, "error", err)
		return err
	}

	_, err = models.DB.MakeGithubAppInstallationLinkInactive(link)
	if err != nil {
		slog.Error("Error making installation link inactive", "installationId", installationId, "error", err)
		return err
	}

	for _, repo := range installation.Repositories {
		repoFullName := *repo.FullName
		slog.Info("Removing installation for repo",
			"installationId", installationId,
			"repoFullName", repoFullName,
		)

		_, err := models.DB.GithubRepoRemoved(installationId, appId, repoFullName)
		if err != nil {
			slog.Error("Error removing GitHub repo",
				"installationId", installationId,
				"repoFullName", repoFullName,
				"error", err,
			)
			return err
		}
	}

	slog.Info("Successfully handled installation deleted event", "installationId", installationId)
	return nil
}
