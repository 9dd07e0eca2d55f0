package controllers

// Reproduces backend/controllers/internal_users.go (POST
// _internal/api/upsert_org and _internal/api/create_user, bootstrap/main.go:219-220,
// enabled by DIGGER_ENABLE_INTERNAL_ENDPOINTS, behind InternalApiAuth) verbatim;
// only the segment.IdentifyClient call (:114) is trimmed.

import (
	"log/slog"
	"net/http"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/pkg/gin"
)

func (d DiggerController) UpsertOrgInternal(c *gin.Context) {
	type OrgCreateRequest struct {
		Name           string  `json:"org_name"`
		ExternalSource string  `json:"external_source"`
		ExternalId     string  `json:"external_id"`
		AdminEmail     *string `json:"admin_email,omitempty"`
	}

	var request OrgCreateRequest
	err := c.BindJSON(&request)
	if err != nil {
		slog.Error("Error binding JSON", "error", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "Error binding JSON"})
		return
	}

	name := request.Name
	externalSource := request.ExternalSource
	externalId := request.ExternalId
	adminEmail := request.AdminEmail

	slog.Info("Creating or updating organization",
		"name", name,
		"externalSource", externalSource,
		"externalId", externalId)

	var org *models.Organisation
	// Site R18: org == nil -> CreateOrganisation(name, externalSource, externalId). Two upserts of one
	// org at once both get nil; with the same external_source the second insert fails on
	// idx_external_source (500), with different sources both rows are created.
	org, err = models.DB.GetOrganisation(externalId) // race; no unique key: GetOrganisation looks up external_id alone (storage.go:1483); organisations has UNIQUE idx_external_source on (external_source, external_id) (20231227132525.sql:103; orgs.go uniqueIndex:idx_external_source) but nothing unique on external_id
	if err != nil {
		slog.Error("Error while retrieving org", "externalId", externalId, "error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error creating org"})
		return
	}

	if org == nil {
		slog.Info("Organization not found, creating new one", "externalId", externalId)
		org, err = models.DB.CreateOrganisation(name, externalSource, externalId, adminEmail)
		if err != nil {
			slog.Error("Error creating org", "name", name, "externalId", externalId, "error", err)
			c.JSON(http.StatusInternalServerError, gin.H{"error": "Error creating org"})
			return
		}
	}

	slog.Info("Successfully upserted organization", "orgId", org.ID, "externalId", externalId)
	c.JSON(http.StatusOK, gin.H{"status": "success", "org_id": org.ID})
}

func (d DiggerController) CreateUserInternal(c *gin.Context) {
	type UserCreateRequest struct {
		UserExternalSource string `json:"external_source"`
		UserExternalId     string `json:"external_id"`
		UserEmail          string `json:"email"`
		OrgExternalId      string `json:"external_org_id"`
	}

	var request UserCreateRequest
	err := c.BindJSON(&request)
	if err != nil {
		slog.Error("Error binding JSON", "error", err)
		c.JSON(http.StatusBadRequest, gin.H{"error": "Error binding JSON"})
		return
	}

	extUserId := request.UserExternalId
	extUserSource := request.UserExternalSource
	userEmail := request.UserEmail
	externalOrgId := request.OrgExternalId

	slog.Info("Creating user",
		"email", userEmail,
		"externalSource", extUserSource,
		"externalId", extUserId,
		"orgExternalId", externalOrgId)

	org, err := models.DB.GetOrganisation(externalOrgId)
	if err != nil {
		slog.Error("Error retrieving org", "externalOrgId", externalOrgId, "error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error retrieving org"})
		return
	}

	// Site N1: insert-if-absent whose found path is an error (409), not a reuse of the row.
	existingUser, err := models.DB.GetUserByEmail(userEmail) // safe: the found path answers 409, so run one after the other the second call fails too; concurrent duplicates are rejected by users UNIQUE idx_users_email (email) (20250220173053.sql:2; user.go uniqueIndex) and idx_user (username = email), only the status (500 instead of 409) differs
	if existingUser != nil && err == nil {
		slog.Error("User email already exists", "email", userEmail)
		c.JSON(http.StatusConflict, gin.H{"error": "User email already exists"})
		return
	}

	// for now using email for username since we want to deprecate that field
	username := userEmail
	user, err := models.DB.CreateUser(userEmail, extUserSource, extUserId, org.ID, username)
	if err != nil {
		slog.Error("Error creating user",
			"email", userEmail,
			"externalId", extUserId,
			"orgId", org.ID,
			"error", err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "Error creating user"})
		return
	}

	slog.Info("Successfully created user", "userId", user.ID, "email", userEmail, "orgId", org.ID)
	c.JSON(http.StatusOK, gin.H{"status": "success", "user_id": user.ID})
}
