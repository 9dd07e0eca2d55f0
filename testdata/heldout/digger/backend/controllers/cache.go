package controllers

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"example.com/heldout/digger/backend/models"
	dg_configuration "example.com/heldout/digger/libs/digger_config"
	"example.com/heldout/digger/libs/digger_config/terragrunt/tac"
	"example.com/heldout/digger/pkg/gin"
)

type UpdateCacheRequest struct {
	RepoFullName   string `json:"repo_full_name"`
	Branch         string `json:"branch"`
	OrgId          uint   `json:"org_id"`
	InstallationId int64  `json:"installation_id"`
}

// loadRepoConfig stands in for the trimmed git_utils.CloneGitRepoAndDoAction +
// dg_configuration.LoadDiggerConfig of cache.go:86-95.
var loadRepoConfig = func(repoFullName string, branch string) (string, *dg_configuration.DiggerConfig, *tac.AtlantisConfig, error) {
	return "", &dg_configuration.DiggerConfig{}, nil, nil
}

// UpdateRepoCache reproduces backend/controllers/cache.go:32-110 (POST
// _internal/update_repo_cache, bootstrap/main.go:218; called by
// sendProcessCacheRequest :112 from handlePushEvent, github_push.go:54, in a
// goroutine for every push to the default branch when
// DIGGER_CONFIG_REPO_CACHE_ENABLED=1). The clone and the GitHub token are
// trimmed; the UpsertRepoCache call (site R10) is verbatim.
func (d DiggerController) UpdateRepoCache(c *gin.Context) {

	var request UpdateCacheRequest
	err := c.BindJSON(&request)
	if err != nil {
		slog.Error("Error binding JSON", "error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error binding JSON"})
		return
	}

	repoFullName := request.RepoFullName
	installationId := request.InstallationId
	link, err := models.DB.GetGithubAppInstallationLink(installationId)
	if err != nil {
		c.String(http.StatusInternalServerError, fmt.Sprintf("could not find installation link %v %v", repoFullName, installationId))
		return
	}
	if link == nil {
		c.String(http.StatusInternalServerError, fmt.Sprintf("could not find installation link %v %v", repoFullName, installationId))
		return
	}
	orgId := link.OrganisationId

	repoDiggerName := strings.ReplaceAll(repoFullName, "/", "-")

	_, err = models.DB.GetRepo(orgId, repoDiggerName)
	if err != nil {
		c.String(http.StatusInternalServerError, fmt.Sprintf("could not get repository %v %v", repoFullName, orgId))
		return
	}

	branch := request.Branch

	// update the cache here, do it async for immediate response
	go func(ctx context.Context) {
		diggerYmlStr, config, newAtlantisConfig, err := loadRepoConfig(repoFullName, branch)
		if err != nil {
			slog.Error("Could not load digger config", "error", err)
			return
		}
		_, err = models.DB.UpsertRepoCache(orgId, repoFullName, diggerYmlStr, *config, newAtlantisConfig)
		if err != nil {
			slog.Error("Could not update repo cache", "error", err)
			return
		}
		slog.Info("Successfully updated repo cache", "repoFullName", repoFullName, "orgId", orgId)
	}(c.Request.Context())

	c.String(http.StatusOK, "successfully submitted cache for processing, check backend logs for progress")
}
