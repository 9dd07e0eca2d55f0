package controllers

// Reproduces backend/controllers/projects.go: ReportProjectsForRepo
// (:391-529, POST /repos/:repo/report-projects, bootstrap/main.go:199)
// verbatim, and SetJobStatusForProject (:629, POST
// /repos/:repo/projects/:projectName/jobs/:jobId/set-status, :196) trimmed to
// the "succeeded" impacted-project update (:742-778).

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"example.com/heldout/digger/backend/middleware"
	"example.com/heldout/digger/backend/models"
	orchestrator_scheduler "example.com/heldout/digger/libs/scheduler"
	"example.com/heldout/digger/pkg/gin"
	"gorm.io/gorm"
)

type CreateProjectRequest struct {
	Name              string `json:"name"`
	ConfigurationYaml string `json:"configurationYaml"`
}

func ReportProjectsForRepo(c *gin.Context) {
	var request CreateProjectRequest
	err := c.BindJSON(&request)
	if err != nil {
		slog.Error("Error binding JSON request", "error", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "Invalid request format"})
		return
	}

	repoName := c.Param("repo")
	orgId, exists := c.Get(middleware.ORGANISATION_ID_KEY)

	if !exists {
		slog.Warn("Organisation ID not found in context", "repoName", repoName)
		c.String(http.StatusForbidden, "Not allowed to access this resource")
		return
	}

	slog.Debug("Processing project creation request",
		"repoName", repoName,
		"orgId", orgId,
		"projectName", request.Name,
	)

	org, err := models.DB.GetOrganisationById(orgId)
	if err != nil {
		slog.Error("Error fetching organisation",
			"orgId", orgId,
			"error", err,
		)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching organisation"})
		return
	}

	var repo models.Repo

	// Site R4: ErrRecordNotFound -> Create of a Repo (name, organisation_id); two reports for one new
	// repo both miss and the second Create fails on idx_org_repo (500), where run after the first it
	// would have found the row.
	err = models.DB.GormDB.Where("name = ? AND organisation_id = ?", repoName, orgId).First(&repo).Error // race

	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Info("Repository not found, creating new one",
				"repoName", repoName,
				"orgId", orgId,
			)

			repo := models.Repo{
				Name:           repoName,
				OrganisationID: org.ID,
				Organisation:   org,
			}

			err = models.DB.GormDB.Create(&repo).Error

			if err != nil {
				slog.Error("Error creating repository",
					"repoName", repoName,
					"orgId", orgId,
					"error", err,
				)
				c.JSON(http.StatusInternalServerError, gin.H{"error": "Error creating repo"})
				return
			}

			slog.Info("Successfully created repository",
				"repoId", repo.ID,
				"repoName", repoName,
			)
		} else {
			slog.Error("Error fetching repository",
				"repoName", repoName,
				"orgId", orgId,
				"error", err,
			)
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching repo"})
			return
		}
	}

	var project models.Project

	// Site N2: projects.repo_id was dropped by 20250530015921.sql:2 (Project has no RepoID field), so
	// this query fails with "column repo_id does not exist", which is not ErrRecordNotFound: the handler
	// answers 500 and the Create below is never reached against a migrated database.
	err = models.DB.GormDB.Where("name = ? AND organisation_id = ? AND repo_id = ?", request.Name, org.ID, repo.ID).First(&project).Error // safe: the lookup always fails with an SQL error (projects.repo_id dropped in migrations/20250530015921.sql:2), so the not-found branch and its Create are unreachable; were it reached, projects UNIQUE idx_project_org (name, organisation_id, repo_full_name) would reject a duplicate

	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Info("Project not found, creating new one",
				"projectName", request.Name,
				"repoName", repoName,
				"orgId", orgId,
			)

			project := models.Project{
				Name:           request.Name,
				OrganisationID: org.ID,
				RepoFullName:   repo.RepoFullName,
				Organisation:   org,
			}

			err = models.DB.GormDB.Create(&project).Error

			if err != nil {
				slog.Error("Error creating project",
					"projectName", request.Name,
					"repoName", repoName,
					"error", err,
				)
				c.JSON(http.StatusInternalServerError, gin.H{"error": "Error creating project"})
				return
			}

			slog.Info("Successfully created project",
				"projectId", project.ID,
				"projectName", project.Name,
				"repoName", repoName,
			)

			c.JSON(http.StatusOK, project.MapToJsonStruct())
		} else {
			slog.Error("Error fetching project",
				"projectName", request.Name,
				"repoName", repoName,
				"error", err,
			)
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching project"})
			return
		}
	} else {
		slog.Info("Project already exists",
			"projectId", project.ID,
			"projectName", project.Name,
			"repoName", repoName,
		)
		c.JSON(http.StatusOK, project.MapToJsonStruct())
	}
}

type SetJobStatusRequest struct {
	Status          string    `json:"status"`
	Timestamp       time.Time `json:"timestamp"`
	PrCommentUrl    string    `json:"pr_comment_url"`
	PrCommentId     string    `json:"pr_comment_id"`
	TerraformOutput string    `json:"terraform_output"`
	WorkflowUrl     string    `json:"workflow_url,omitempty"`
}

func (d DiggerController) SetJobStatusForProject(c *gin.Context) {
	jobId := c.Param("jobId")
	orgId, exists := c.Get(middleware.ORGANISATION_ID_KEY)

	if !exists {
		slog.Warn("Organisation ID not found in context", "jobId", jobId)
		c.String(http.StatusForbidden, "Not allowed to access this resource")
		return
	}

	slog.Info("Setting job status", "jobId", jobId, "orgId", orgId)

	var request SetJobStatusRequest
	err := c.BindJSON(&request)

	if err != nil {
		slog.Error("Error binding JSON request", "jobId", jobId, "error", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "Error binding JSON"})
		return
	}

	job, err := models.DB.GetDiggerJob(jobId)
	if err != nil {
		slog.Error("Error fetching job", "jobId", jobId, "error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching job"})
		return
	}

	batchId := *job.BatchID

	org, err := models.DB.GetOrganisationById(orgId)
	if err != nil || org == nil {
		slog.Error("Error getting organisation", "jobId", jobId, "error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error fetching organisation"})
		return
	}

	slog.Info("Processing job status update",
		"jobId", jobId,
		"currentStatus", job.Status,
		"newStatus", request.Status,
		"prCommentId", request.PrCommentId,
		"batchId", batchId,
	)
	switch request.Status {
	case "succeeded":
		batch := job.Batch
		job.Status = orchestrator_scheduler.DiggerJobSucceeded
		job.TerraformOutput = request.TerraformOutput

		commitSha := batch.CommitSha
		// Site N7: GetImpactedProjectSingle uses Find (never ErrRecordNotFound), so "not found" is a zero
		// ImpactedProject with a nil error; the Save below then INSERTs it (zero uuid id, empty key).
		impactedProjectDb, err := models.DB.GetImpactedProjectSingle(batch.RepoFullName, commitSha, job.ProjectName) // safe: the lookup guards an update; when nothing matches, Save INSERTs a zero row whose primary key is the constant uuid.Nil (impacted_projects "id" text PRIMARY KEY, 20251114205312.sql:14-24), so at most one such row ever exists and every later miss fails on the key, sequential or not; nothing keyed on (repo_full_name, commit_sha) is created
		if err != nil {
			slog.Warn("Error fetching impacted project db", "jobId", jobId, "error", err, "commitSha", commitSha, "repoFullName", batch.RepoFullName)
		} else if impactedProjectDb == nil && err == nil {
			slog.Warn("Impacted project entry not found in db (maybe it was not synced in event start)", "jobId", jobId, "error", err, "commitSha", commitSha, "repoFullName", batch.RepoFullName)
		} else {
			if batch.BatchType == orchestrator_scheduler.DiggerCommandPlan {
				impactedProjectDb.Planned = true
			}
			if batch.BatchType == orchestrator_scheduler.DiggerCommandApply {
				impactedProjectDb.Applied = true
			}
			models.DB.GormDB.Save(impactedProjectDb)
		}
	}

	c.JSON(http.StatusOK, gin.H{})
}
