package controllers

import (
	"fmt"
	"log/slog"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/backend/utils"
	digger_config "example.com/heldout/digger/libs/digger_config"
	"example.com/heldout/digger/pkg/github"
)

// processPullRequestEvent stands in for the trimmed work of
// handlePullRequestEvent between the payload and the impacted projects
// (installation link and org lookup, digger.yml loading, dg_github.ProcessGitHubPullRequestEvent).
var processPullRequestEvent = func(payload *github.PullRequestEvent) ([]digger_config.Project, utils.CommentReporterManager, error) {
	return nil, utils.CommentReporterManager{}, nil
}

// handlePullRequestEvent reproduces backend/controllers/github_pull_request.go:28
// (run in a goroutine per PullRequestEvent by GithubAppWebHook, github.go:113).
// The impacted-projects block :207-217 is verbatim; the rest is trimmed.
func handlePullRequestEvent(gh utils.GithubClientProvider, payload *github.PullRequestEvent, appId int64) error {
	repoFullName := *payload.Repo.FullName
	prNumber := *payload.PullRequest.Number
	commitSha := payload.PullRequest.Head.GetSHA()
	branch := payload.PullRequest.Head.GetRef()

	impactedProjects, commentReporterManager, err := processPullRequestEvent(payload)
	if err != nil {
		return err
	}
	slog.Info("Processing pull request event", "repoFullName", repoFullName, "prNumber", prNumber, "commitSha", commitSha)

	// Site R11: no impacted_projects rows for (repo_full_name, commit_sha) -> one CreateImpactedProject
	// (Create, fresh uuid id) per impacted project. Two events for one head commit at once (e.g.
	// opened + labeled/ready_for_review, or this and an issue comment, site R12) both see none and both
	// insert the whole set; AllImpactedProjectPlanned/Applied then count the duplicates.
	dbImpactedProjects, err := models.DB.GetImpactedProjects(repoFullName, commitSha) // race; no unique key: impacted_projects has only "id" text PRIMARY KEY (fresh uuid) and idx_impacted_projects_deleted_at (20251114205312.sql:14-27); the idx_org_repo tag (scheduler.go) is not unique
	// TODO: is this check for db impacted projects necessary?
	if len(dbImpactedProjects) == 0 {
		for _, impactedProject := range impactedProjects {
			_, err = models.DB.CreateImpactedProject(repoFullName, commitSha, impactedProject.Name, &branch, &prNumber)
			if err != nil {
				commentReporterManager.UpdateComment(fmt.Sprintf(":x: Error failed to update internal record of impacted projects %v", err))
				return err
			}
		}
	}

	return nil
}
