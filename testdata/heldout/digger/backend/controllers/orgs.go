package controllers

// Reproduces backend/controllers/orgs.go:114-204 AssociateTenantIdToDiggerOrg
// (Any /api/tenants/associateTenantIdToDiggerOrg, bootstrap/main.go:166). The
// RSA/JWT validation of the bearer token (:130-158, github.com/golang-jwt/jwt)
// is trimmed to parseTenantToken; the claims handling is verbatim.

import (
	"log/slog"
	"net/http"
	"strings"

	"example.com/heldout/digger/backend/models"
	"example.com/heldout/digger/pkg/gin"
)

// MapClaims mirrors jwt.MapClaims.
type MapClaims map[string]interface{}

// parseTenantToken stands in for jwt.ParseRSAPublicKeyFromPEM + jwt.Parse
// with JWT_PUBLIC_KEY (orgs.go:130-158).
var parseTenantToken = func(tokenString string) (MapClaims, bool, error) {
	return MapClaims{}, false, nil
}

func AssociateTenantIdToDiggerOrg(c *gin.Context) {
	authHeader := c.Request.Header.Get("Authorization")
	if authHeader == "" {
		slog.Warn("No Authorization header provided")
		c.String(http.StatusForbidden, "No Authorization header provided")
		c.Abort()
		return
	}
	tokenString := strings.TrimPrefix(authHeader, "Bearer ")
	if tokenString == authHeader {
		slog.Warn("Could not find bearer token in Authorization header")
		c.String(http.StatusForbidden, "Could not find bearer token in Authorization header")
		c.Abort()
		return
	}

	claims, valid, err := parseTenantToken(tokenString)
	if err != nil {
		slog.Error("Can't parse token", "error", err)
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	if valid {
		name := claims["name"]
		tenantId := claims["tenantId"]

		if name == nil {
			slog.Warn("Token is invalid - name absent from claim")
			c.AbortWithStatus(http.StatusForbidden)
			return
		}

		if tenantId == nil {
			slog.Warn("Token is invalid - tenantId absent from claim")
			c.AbortWithStatus(http.StatusForbidden)
			return
		}

		tenantIdStr := tenantId.(string)
		nameStr := name.(string)
		slog.Debug("Processing JWT claims", "name", nameStr, "tenantId", tenantIdStr)

		// Site R19: org == nil -> CreateOrganisation(nameStr, "", tenantIdStr). Two calls with one tenant
		// both get nil; the second insert ("", tenantId) fails on idx_external_source (500).
		org, err := models.DB.GetOrganisation(tenantId) // race; no unique key: GetOrganisation looks up external_id alone (storage.go:1483); the only unique index is idx_external_source on (external_source, external_id) (20231227132525.sql:103), which rejects the second ("", tenantId) row but is not a key of the looked-up column
		if err != nil {
			slog.Error("Failed to get organisation by tenantId", "tenantId", tenantIdStr, "error", err)
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}

		if org == nil {
			newOrg, err := models.DB.CreateOrganisation(nameStr, "", tenantIdStr, nil)
			if err != nil {
				slog.Error("Failed to create organisation", "tenantId", tenantIdStr, "name", nameStr, "error", err)
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
			slog.Info("Created new organisation", "tenantId", tenantIdStr, "name", nameStr, "orgId", newOrg.ID)
		} else {
			slog.Info("Organisation already exists", "tenantId", tenantIdStr, "orgId", org.ID)
		}

		c.AbortWithStatus(http.StatusOK)
		return
	}

	slog.Warn("Token is invalid")
	c.AbortWithStatus(http.StatusForbidden)
}
