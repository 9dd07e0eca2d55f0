package controllers

import (
	"fmt"
	"log/slog"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/backend/utils"
	digger_config "example.com/heldout/digger/libs/digger_config"
	"example.com/heldout/digger/pkg/github"
)

// processIssueCommentEvent stands in for the trimmed work of
// handleIssueCommentEvent before the impacted-projects block (getDiggerConfigForPR,
// ghService.GetBranchName, generic.ProcessIssueCommentEvent).
var processIssueCommentEvent = func(payload *github.IssueCommentEvent) (*string, string, []digger_config.Project, utils.CommentReporterManager, error) {
	return nil, "", nil, utils.CommentReporterManager{}, nil
}

// handleIssueCommentEvent reproduces backend/controllers/github_comment.go:29
// (run in a goroutine per IssueCommentEvent by GithubAppWebHook, github.go:99).
// The impacted-projects block :324-336 is verbatim; the rest is trimmed.
func handleIssueCommentEvent(gh utils.GithubClientProvider, payload *github.IssueCommentEvent, appId int64) error {
	repoFullName := *payload.Repo.FullName
	issueNumber := *payload.Issue.Number

	commitSha, prBranchName, allImpactedProjects, commentReporterManager, err := processIssueCommentEvent(payload)
	if err != nil {
		return err
	}
	slog.Info("Processing issue comment event", "repoFullName", repoFullName, "issueNumber", issueNumber)

	// impacted projects should have already been populated in the database by here since the PR open would have
	// populated them, but just in case (disabled pr events or a long old pr before this change was deployed)
	// we will populate them if they did not exist
	// Site R12: same check-then-insert as R11, from comment events ("digger plan" twice, or a comment
	// while the pull_request event of the same head commit is being handled).
	dbImpactedProjects, err := models.DB.GetImpactedProjects(repoFullName, *commitSha) // race; no unique key: impacted_projects has only "id" text PRIMARY KEY (fresh uuid) and idx_impacted_projects_deleted_at (20251114205312.sql:14-27)
	if len(dbImpactedProjects) == 0 {
		for _, impactedProject := range allImpactedProjects {
			_, err = models.DB.CreateImpactedProject(repoFullName, *commitSha, impactedProject.Name, &prBranchName, &issueNumber)
			if err != nil {
				commentReporterManager.UpdateComment(fmt.Sprintf(":x: Error failed to update internal record of impacted projects %v", err))
				return err
			}
		}
	}

	return nil
}
