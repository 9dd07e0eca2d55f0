package controllers

// Reproduces backend/controllers/policies.go:121-329 verbatim (import paths
// changed; markers and site comments added). Routes: admin PUT
// /orgs/:organisation/{access,plan,drift}-policy and
// /repos/:repo/projects/:projectName/{access,plan,drift}-policy,
// POST /tokens/issue-access-token (bootstrap/main.go:203-212).

import (
	"io"
	"log/slog"
	"net/http"

	"example.com/heldout/digger/backend/middleware"
	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/pkg/gin"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

func JoinedOrganisationRepoProjectQuery() *gorm.DB {
	return models.DB.GormDB.Preload("Organisation").Preload("Repo").Preload("Project").
		Joins("LEFT JOIN repos ON policies.repo_id = repos.id").
		Joins("LEFT JOIN projects ON policies.project_id = projects.id").
		Joins("LEFT JOIN organisations ON policies.organisation_id = organisations.id")
}

func UpsertAccessPolicyForOrg(c *gin.Context) {
	upsertPolicyForOrg(c, models.POLICY_TYPE_ACCESS)
}

func UpsertPlanPolicyForOrg(c *gin.Context) {
	upsertPolicyForOrg(c, models.POLICY_TYPE_PLAN)
}

func UpsertDriftPolicyForOrg(c *gin.Context) {
	upsertPolicyForOrg(c, models.POLICY_TYPE_DRIFT)
}

func upsertPolicyForOrg(c *gin.Context, policyType string) {
	// Validate input
	policyData, err := io.ReadAll(c.Request.Body)
	if err != nil {
		slog.Error("Error reading request body", "error", err)
		c.String(http.StatusInternalServerError, "Error reading request body")
		return
	}
	organisation := c.Param("organisation")

	org := models.Organisation{}
	orgResult := models.DB.GormDB.Where("name = ?", organisation).Take(&org)
	if orgResult.RowsAffected == 0 {
		slog.Debug("Organisation not found", "organisation", organisation)
		c.String(http.StatusNotFound, "Could not find organisation: "+organisation)
		return
	}

	loggedInOrganisation := c.GetUint(middleware.ORGANISATION_ID_KEY)

	if org.ID != loggedInOrganisation {
		slog.Warn("Authorization mismatch",
			"orgId", org.ID,
			"loggedInOrgId", loggedInOrganisation,
			"organisation", organisation)
		c.String(http.StatusForbidden, "Not allowed to access this resource")
		return
	}

	policy := models.Policy{}

	// Site R13: RowsAffected == 0 -> Create of an org-level policy; two PUTs at once both insert and
	// later lookups Take an arbitrary one of the duplicates.
	policyResult := models.DB.GormDB.Where("organisation_id = ? AND (repo_id IS NULL AND project_id IS NULL) AND type = ?", org.ID, policyType).Take(&policy) // race; no unique key: policies has only the id PK and idx_policies_deleted_at (20231227132525.sql:173-191); Policy has no unique tag (policies.go)

	if policyResult.RowsAffected == 0 {
		err := models.DB.GormDB.Create(&models.Policy{
			OrganisationID: org.ID,
			Type:           policyType,
			Policy:         string(policyData),
		}).Error

		if err != nil {
			slog.Error("Error creating policy", "organisation", organisation, "policyType", policyType, "error", err)
			c.String(http.StatusInternalServerError, "Error creating policy")
			return
		}
		slog.Info("Created new policy", "organisation", organisation, "policyType", policyType)
	} else {
		err := policyResult.Update("policy", string(policyData)).Error
		if err != nil {
			slog.Error("Error updating policy", "organisation", organisation, "policyType", policyType, "error", err)
			c.String(http.StatusInternalServerError, "Error updating policy")
			return
		}
		slog.Info("Updated existing policy", "organisation", organisation, "policyType", policyType)
	}

	c.JSON(http.StatusOK, gin.H{"success": true})
}

func UpsertAccessPolicyForRepoAndProject(c *gin.Context) {
	upsertPolicyForRepoAndProject(c, models.POLICY_TYPE_ACCESS)
}

func UpsertPlanPolicyForRepoAndProject(c *gin.Context) {
	upsertPolicyForRepoAndProject(c, models.POLICY_TYPE_PLAN)
}

func UpsertDriftPolicyForRepoAndProject(c *gin.Context) {
	upsertPolicyForRepoAndProject(c, models.POLICY_TYPE_DRIFT)
}

func upsertPolicyForRepoAndProject(c *gin.Context, policyType string) {
	orgID, exists := c.Get(middleware.ORGANISATION_ID_KEY)

	if !exists {
		slog.Warn("Organisation ID not found in context")
		c.String(http.StatusUnauthorized, "Not authorized")
		return
	}

	orgID = orgID.(uint)

	// Validate input
	policyData, err := io.ReadAll(c.Request.Body)
	if err != nil {
		slog.Error("Error reading request body", "error", err)
		c.String(http.StatusInternalServerError, "Error reading request body")
		return
	}
	repo := c.Param("repo")
	projectName := c.Param("projectName")
	repoModel := models.Repo{}
	// Site R15: RowsAffected == 0 -> Create of a Repo (organisation_id, name). The lookup ignores the
	// org; two PUTs for one new repo name both insert and (same org) the second fails on idx_org_repo.
	repoResult := models.DB.GormDB.Where("name = ?", repo).Take(&repoModel) // race; no unique key: the lookup key is name alone; repos has UNIQUE idx_org_repo (name, organisation_id) (20231227132525.sql:150; orgs.go uniqueIndex:idx_org_repo) but nothing unique on name
	if repoResult.RowsAffected == 0 {
		repoModel = models.Repo{
			OrganisationID: orgID.(uint),
			Name:           repo,
		}
		result := models.DB.GormDB.Create(&repoModel)
		if result.Error != nil {
			slog.Error("Error creating repo", "repo", repo, "error", result.Error)
			c.String(http.StatusInternalServerError, "Error creating missing repo")
			return
		}
		slog.Info("Created new repo", "repo", repo, "orgId", orgID)
	}

	projectModel := models.Project{}
	// Site R16: RowsAffected == 0 -> Create of a Project (organisation_id, repo_full_name, name).
	projectResult := models.DB.GormDB.Where("name = ?", projectName).Take(&projectModel) // race; no unique key: the lookup key is name alone; projects has UNIQUE idx_project_org (name, organisation_id, repo_full_name) (20250530015921.sql:5; orgs.go uniqueIndex:idx_project_org) but nothing unique on name
	if projectResult.RowsAffected == 0 {
		projectModel = models.Project{
			OrganisationID: orgID.(uint),
			RepoFullName:   repoModel.RepoFullName,
			Name:           projectName,
		}
		err := models.DB.GormDB.Create(&projectModel).Error
		if err != nil {
			slog.Error("Error creating project", "project", projectName, "repo", repo, "error", err)
			c.String(http.StatusInternalServerError, "Error creating missing project")
			return
		}
		slog.Info("Created new project", "project", projectName, "repo", repo, "orgId", orgID)
	}

	var policy models.Policy

	// Site R17: RowsAffected == 0 -> Create of a repo/project policy.
	policyResult := models.DB.GormDB.Where("organisation_id = ? AND repo_id = ? AND project_id = ? AND type = ?", orgID, repoModel.ID, projectModel.ID, policyType).Take(&policy) // race; no unique key: policies has only the id PK and idx_policies_deleted_at (20231227132525.sql:173-191)

	if policyResult.RowsAffected == 0 {
		err := models.DB.GormDB.Create(&models.Policy{
			OrganisationID: orgID.(uint),
			RepoID:         &repoModel.ID,
			ProjectID:      &projectModel.ID,
			Type:           policyType,
			Policy:         string(policyData),
		}).Error
		if err != nil {
			slog.Error("Error creating policy", "repo", repo, "project", projectName, "policyType", policyType, "error", err)
			c.String(http.StatusInternalServerError, "Error creating policy")
			return
		}
		slog.Info("Created new policy for repo and project", "repo", repo, "project", projectName, "policyType", policyType)
	} else {
		err := policyResult.Update("policy", string(policyData)).Error
		if err != nil {
			slog.Error("Error updating policy", "repo", repo, "project", projectName, "policyType", policyType, "error", err)
			c.String(http.StatusInternalServerError, "Error updating policy")
			return
		}
		slog.Info("Updated existing policy for repo and project", "repo", repo, "project", projectName, "policyType", policyType)
	}

	c.JSON(http.StatusOK, gin.H{"success": true})
}

func IssueAccessTokenForOrg(c *gin.Context) {
	organisation_ID, exists := c.Get(middleware.ORGANISATION_ID_KEY)

	if !exists {
		slog.Warn("Organisation ID not found in context")
		c.String(http.StatusUnauthorized, "Not authorized")
		return
	}

	org := models.Organisation{}
	// Site N8.
	orgResult := models.DB.GormDB.Where("id = ?", organisation_ID).Take(&org) // safe: the lookup only loads the caller's organisation (not found -> 500); the token inserted below is keyed on a fresh "t:"+uuid value (tokens UNIQUE idx_token (value), 20231227132525.sql:222)
	if orgResult.RowsAffected == 0 {
		slog.Error("Could not find organisation", "organisationId", organisation_ID)
		c.String(http.StatusInternalServerError, "Unexpected error")
		return
	}

	// prefixing token to make easier to retire this type of tokens later
	token := "t:" + uuid.New().String()

	err := models.DB.GormDB.Create(&models.Token{
		Value:          token,
		OrganisationID: org.ID,
		Type:           models.AccessPolicyType,
	}).Error

	if err != nil {
		slog.Error("Error creating token", "orgId", org.ID, "error", err)
		c.String(http.StatusInternalServerError, "Unexpected error")
		return
	}

	slog.Info("Created access token for organisation", "orgId", org.ID)
	c.JSON(http.StatusOK, gin.H{"token": token})
}
