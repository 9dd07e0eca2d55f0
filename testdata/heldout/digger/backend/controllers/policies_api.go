package controllers

// Reproduces backend/controllers/policies_api.go:58-120 (PUT /api/policies/,
// bootstrap/main.go:254, behind InternalApiAuth + HeadersApiAuth) verbatim.

import (
	"errors"
	"log/slog"
	"net/http"

	"example.com/heldout/digger/backend/middleware"
	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/pkg/gin"
	"gorm.io/gorm"
)

func PolicyOrgUpsertApi(c *gin.Context) {
	type PolicyUpsertRequest struct {
		PolicyType string `json:"policy_type"`
		PolicyText string `json:"policy_text"`
	}

	var request PolicyUpsertRequest
	err := c.BindJSON(&request)
	if err != nil {
		slog.Error("Error binding JSON", "error", err)
		c.JSON(http.StatusBadRequest, gin.H{"status": "Invalid request format"})
		return
	}

	organisationId := c.GetString(middleware.ORGANISATION_ID_KEY)
	organisationSource := c.GetString(middleware.ORGANISATION_SOURCE_KEY)

	var org models.Organisation
	err = models.DB.GormDB.Where("external_id = ? AND external_source = ?", organisationId, organisationSource).First(&org).Error
	if err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			slog.Info("Organisation not found", "organisationId", organisationId, "source", organisationSource, "error", err)
			c.JSON(http.StatusNotFound, gin.H{"status": "Could not find organisation: " + organisationId})
		} else {
			slog.Error("Database error while finding organisation", "organisationId", organisationId, "source", organisationSource, "error", err)
			c.JSON(http.StatusInternalServerError, gin.H{"status": "Internal server error"})
		}
		return
	}

	policyType := request.PolicyType
	policyData := request.PolicyText

	policy := models.Policy{}

	// Site R14: RowsAffected == 0 -> Create of an org-level policy (same check as R13).
	policyResult := models.DB.GormDB.Where("organisation_id = ? AND (repo_id IS NULL AND project_id IS NULL) AND type = ?", org.ID, policyType).Take(&policy) // race; no unique key: policies has only the id PK and idx_policies_deleted_at (20231227132525.sql:173-191)

	if policyResult.RowsAffected == 0 {
		err := models.DB.GormDB.Create(&models.Policy{
			OrganisationID: org.ID,
			Type:           policyType,
			Policy:         policyData,
		}).Error

		if err != nil {
			slog.Error("Error creating policy", "organisationId", organisationId, "orgId", org.ID, "policyType", policyType, "error", err)
			c.String(http.StatusInternalServerError, "Error creating policy")
			return
		}
		slog.Info("Created new policy", "organisationId", organisationId, "orgId", org.ID, "policyType", policyType)
	} else {
		policy.Policy = policyData
		err := models.DB.GormDB.Save(policy).Error
		if err != nil {
			slog.Error("Error updating policy", "organisationId", organisationId, "orgId", org.ID, "policyType", policyType, "error", err)
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error updating policy"})
			return
		}
		slog.Info("Updated existing policy", "organisationId", organisationId, "orgId", org.ID, "policyType", policyType)
	}

	c.JSON(http.StatusOK, gin.H{"success": true})
}
