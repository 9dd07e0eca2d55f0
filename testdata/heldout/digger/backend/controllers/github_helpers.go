package controllers

import (
	"errors"
	"log/slog"
	"strings"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/backend/utils"
	"example.com/heldout/digger/pkg/github"
	"gorm.io/gorm"
)

// validateGithubCallback reproduces the signature of
// backend/controllers/github_helpers.go:33; the OAuth code exchange and the
// check that the installation belongs to the user (:33-162) are trimmed.
func validateGithubCallback(githubClientProvider utils.GithubClientProvider, clientId string, clientSecret string, code string, installationId int64) (bool, *github.Installation, error) {
	installation := &github.Installation{ID: &installationId}
	return true, installation, nil
}

// createOrGetDiggerRepoForGithubRepo reproduces
// backend/controllers/github_helpers.go:913-975 verbatim.
func createOrGetDiggerRepoForGithubRepo(ghRepoFullName string, ghRepoOrganisation string, ghRepoName string, ghRepoUrl string, installationId int64, appId int64, defaultBranch string, cloneUrl string) (*models.Repo, *models.Organisation, error) {
	slog.Info("Creating or getting Digger repo for GitHub repo",
		slog.Group("githubRepo",
			slog.String("fullName", ghRepoFullName),
			slog.String("organization", ghRepoOrganisation),
			slog.String("name", ghRepoName),
			slog.String("url", ghRepoUrl),
		),
		"installationId", installationId,
	)

	link, err := models.DB.GetGithubInstallationLinkForInstallationId(installationId)
	if err != nil {
		slog.Error("Error fetching installation link", "installationId", installationId, "error", err)
		return nil, nil, err
	}

	orgId := link.OrganisationId
	org, err := models.DB.GetOrganisationById(orgId)
	if err != nil {
		slog.Error("Error fetching organisation", "orgId", orgId, "error", err)
		return nil, nil, err
	}

	diggerRepoName := strings.ReplaceAll(ghRepoFullName, "/", "-")

	// using Unscoped because we also need to include deleted repos (and undelete them if they exist)
	var existingRepo models.Repo
	// Site R1: RowsAffected == 0 -> models.DB.CreateRepo (which checks again, site R2, and Saves a
	// new Repo). Two callbacks of one installation (or a callback and a re-install) both miss; the
	// second insert fails on idx_org_repo.
	r := models.DB.GormDB.Unscoped().Where("organisation_id=? AND repos.name=?", orgId, diggerRepoName).Find(&existingRepo) // race

	if r.Error != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Info("Repo not found, will create a new one", "diggerRepoName", diggerRepoName)
		} else {
			slog.Error("Error fetching repo", "diggerRepoName", diggerRepoName, "error", err)
			return nil, nil, err
		}
	}

	if r.RowsAffected > 0 {
		slog.Info("Digger repo already exists, restoring if deleted", "diggerRepoName", diggerRepoName, "repoId", existingRepo.ID)
		existingRepo.DeletedAt = gorm.DeletedAt{}
		existingRepo.GithubAppId = appId
		existingRepo.GithubAppInstallationId = installationId
		existingRepo.CloneUrl = cloneUrl
		existingRepo.DefaultBranch = defaultBranch
		models.DB.GormDB.Save(&existingRepo)
		return &existingRepo, org, nil
	}

	slog.Info("Creating new Digger repo", "diggerRepoName", diggerRepoName, "orgId", orgId)
	repo, err := models.DB.CreateRepo(diggerRepoName, ghRepoFullName, ghRepoOrganisation, ghRepoName, ghRepoUrl, org, `
generate_projects:
 include: "."
`, installationId, appId, defaultBranch, cloneUrl)
	if err != nil {
		slog.Error("Error creating Digger repo", "diggerRepoName", diggerRepoName, "error", err)
		return nil, nil, err
	}

	slog.Info("Created Digger repo", "repoId", repo.ID, "diggerRepoName", diggerRepoName)
	return repo, org, nil
}
