// Reproduces background/projects-refresh-service/projects_refesh_main.go:33-68
// (the job started per push to the default branch by
// services.LoadProjectsFromGithubRepo -> TriggerProjectsRefreshService, one
// fly.io machine / k8s Job / local process per trigger, so several can run at
// once for one repo). The clone and digger.yml loading are trimmed.
package main

import (
	"log/slog"
	"os"

	"example.com/heldout/digger/backend/models"
	dg_configuration "example.com/heldout/digger/libs/digger_config"
)

func main() {
	repoFullName := os.Getenv("DIGGER_REPO_FULL_NAME")
	orgId := os.Getenv("DIGGER_ORG_ID")

	models.ConnectDatabase()

	var config dg_configuration.DiggerConfigYaml
	slog.Debug("RefreshProjectsFromRepo", "repoFullName", repoFullName)
	err := models.DB.RefreshProjectsFromRepo(orgId, config, repoFullName)
	slog.Debug("finished RefreshProjectsFromRepo", "repoFullName", repoFullName, "error", err)
	if err != nil {
		slog.Error("failed to refresh projects from repo: %v", "error", err)
		os.Exit(1)
	}
}
