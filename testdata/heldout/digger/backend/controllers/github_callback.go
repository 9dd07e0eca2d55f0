package controllers

import (
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/backend/utils"
	"example.com/heldout/digger/libs/ci/github"
	"example.com/heldout/digger/pkg/gin"
	"github.com/google/uuid"
)

// GithubAppCallbackPage reproduces backend/controllers/github_callback.go:18-292
// (GET /github/callback, bootstrap/main.go:171). Query parsing and logging are
// trimmed; the lookups and inserts are verbatim.
func (d DiggerController) GithubAppCallbackPage(c *gin.Context) {
	installationId := c.Request.URL.Query().Get("installation_id")
	code := c.Request.URL.Query().Get("code")
	appId := c.Request.URL.Query().Get("state")

	clientId, clientSecret, _, _, err := d.GithubClientProvider.FetchCredentials(appId)
	if err != nil {
		slog.Error("Could not fetch credentials for GitHub app", "appId", appId, "error", err)
		c.String(http.StatusInternalServerError, "could not find credentials for github app")
		return
	}

	installationId64, err := strconv.ParseInt(installationId, 10, 64)
	if err != nil {
		c.String(http.StatusInternalServerError, "Failed to parse installation_id.")
		return
	}

	result, installation, err := validateGithubCallback(d.GithubClientProvider, clientId, clientSecret, code, installationId64)
	if !result {
		slog.Error("Failed to validate installation ID",
			"installationId", installationId64,
			"error", err,
		)
		c.String(http.StatusInternalServerError, "Failed to validate installation_id.")
		return
	}

	installationIdInt64, err := strconv.ParseInt(installationId, 10, 64)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "installationId could not be parsed"})
		return
	}

	slog.Debug("Looking up GitHub app installation link", "installationId", installationIdInt64)

	var link *models.GithubAppInstallationLink
	// Site R8: link == nil -> a new organisation (fresh uuid external id) and a new link
	// (CreateGithubInstallationLink, site R7) for this installation id. Two callbacks of one
	// installation at once both get nil: two organisations and two active links.
	link, err = models.DB.GetGithubAppInstallationLink(installationIdInt64) // race; no unique key: github_app_installation_links has only the non-unique idx_github_installation_org (github_installation_id, organisation_id) (20231227132525.sql:123; github.go tags index:)
	if err != nil {
		slog.Error("Error getting GitHub app installation link",
			"installationId", installationIdInt64,
			"error", err,
		)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "error getting github app link"})
		return
	}

	if link == nil {
		slog.Info("No existing link found, creating new organization and link",
			"installationId", installationId,
		)

		name := fmt.Sprintf("dggr-def-%v", uuid.NewString()[:8])
		externalId := uuid.NewString()

		org, err := models.DB.CreateOrganisation(name, "digger", externalId, nil)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error with CreateOrganisation"})
			return
		}

		link, err = models.DB.CreateGithubInstallationLink(org, installationId64)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error with CreateGithubInstallationLink"})
			return
		}
	} else {
		slog.Info("Found existing installation link",
			"orgId", link.OrganisationId,
			"installationId", installationId64,
		)
	}

	org := link.Organisation
	orgId := link.OrganisationId

	// create a github installation link (org ID matched to installation ID)
	_, err = models.DB.CreateGithubInstallationLink(org, installationId64)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error updating GitHub installation"})
		return
	}

	client, _, err := d.GithubClientProvider.Get(*installation.AppID, installationId64)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching organisation"})
		return
	}

	// we get repos accessible to this installation
	repos, err := github.ListGithubRepos(client)
	if err != nil {
		c.String(http.StatusInternalServerError, "Failed to list existing repos: %v", err)
		return
	}

	// resets all existing installations (soft delete)
	var AppInstallation models.GithubAppInstallation
	err = models.DB.GormDB.Model(&AppInstallation).Where("github_installation_id=?", installationId).Update("status", models.GithubAppInstallDeleted).Error
	if err != nil {
		c.String(http.StatusInternalServerError, "Failed to update github installations: %v", err)
		return
	}

	// reset all existing repos (soft delete)
	var ExistingRepos []models.Repo
	err = models.DB.GormDB.Delete(ExistingRepos, "organisation_id=?", orgId).Error
	if err != nil {
		c.String(http.StatusInternalServerError, "could not delete repos: %v", err)
		return
	}

	// here we mark repos that are available one by one
	for _, repo := range repos {
		repoFullName := *repo.FullName
		repoOwner := strings.Split(*repo.FullName, "/")[0]
		repoName := *repo.Name
		repoUrl := fmt.Sprintf("https://%v/%v", utils.GetGithubHostname(), repoFullName)

		_, err := models.DB.GithubRepoAdded(
			installationId64,
			*installation.AppID,
			*installation.Account.Login,
			*installation.Account.ID,
			repoFullName,
		)
		if err != nil {
			c.String(http.StatusInternalServerError, "github repos added error: %v", err)
			return
		}

		cloneUrl := *repo.CloneURL
		defaultBranch := *repo.DefaultBranch

		_, _, err = createOrGetDiggerRepoForGithubRepo(repoFullName, repoOwner, repoName, repoUrl, installationId64, *installation.AppID, defaultBranch, cloneUrl)
		if err != nil {
			c.String(http.StatusInternalServerError, "createOrGetDiggerRepoForGithubRepo error: %v", err)
			return
		}
	}

	c.HTML(http.StatusOK, "github_success.tmpl", gin.H{})
}
