// Package api reproduces upstream api/external_endpoint.go, the only API handler that writes to the store.
// It is registered at api/api.go:89: unprotectedAPIRouter.Post("/v1/endpoints/:key/external", ...);
// fiber (fasthttp) serves each request in its own goroutine, so pushes for the same key can run at once.
package api

import (
	"errors"
	"strings"
	"time"

	"example.com/heldout/gatus/config"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/storage/store"
	"example.com/heldout/gatus/storage/store/common"
	"example.com/heldout/gatus/third_party/fiber"
	"example.com/heldout/gatus/third_party/logr"
	"example.com/heldout/gatus/watchdog"
)

// RegisterRoutes reduces upstream api/api.go:89.
func RegisterRoutes(unprotectedAPIRouter fiber.Router, cfg *config.Config) {
	unprotectedAPIRouter.Post("/v1/endpoints/:key/external", CreateExternalEndpointResult(cfg))
}

// CreateExternalEndpointResult (upstream api/external_endpoint.go:18; metrics dropped)
func CreateExternalEndpointResult(cfg *config.Config) fiber.Handler {
	return func(c *fiber.Ctx) error {
		// Check if the success query parameter is present
		success, exists := c.Queries()["success"]
		if !exists || (success != "true" && success != "false") {
			return c.Status(400).SendString("missing or invalid success query parameter")
		}
		// Check if the authorization bearer token header is correct
		authorizationHeader := string(c.Request().Header.Peek("Authorization"))
		if !strings.HasPrefix(authorizationHeader, "Bearer ") {
			return c.Status(401).SendString("invalid Authorization header")
		}
		token := strings.TrimSpace(strings.TrimPrefix(authorizationHeader, "Bearer "))
		if len(token) == 0 {
			return c.Status(401).SendString("bearer token must not be empty")
		}
		key := c.Params("key")
		externalEndpoint := cfg.GetExternalEndpointByKey(key)
		if externalEndpoint == nil {
			logr.Errorf("[api.CreateExternalEndpointResult] External endpoint with key=%s not found", key)
			return c.Status(404).SendString("not found")
		}
		if externalEndpoint.Token != token {
			logr.Errorf("[api.CreateExternalEndpointResult] Invalid token for external endpoint with key=%s", key)
			return c.Status(401).SendString("invalid token")
		}
		// Persist the result in the storage
		result := &endpoint.Result{
			Timestamp: time.Now(),
			Success:   c.QueryBool("success"),
			Errors:    []string{},
		}
		if len(c.Query("duration")) > 0 {
			parsedDuration, err := time.ParseDuration(c.Query("duration"))
			if err != nil {
				logr.Errorf("[api.CreateExternalEndpointResult] Invalid duration from string=%s with error: %s", c.Query("duration"), err.Error())
				return c.Status(400).SendString("invalid duration: " + err.Error())
			}
			result.Duration = parsedDuration
		}
		if errorFromQuery := c.Query("error"); !result.Success && len(errorFromQuery) > 0 {
			result.AddError(errorFromQuery)
		}
		convertedEndpoint := externalEndpoint.ToEndpoint()
		if err := store.Get().InsertEndpointResult(convertedEndpoint, result); err != nil {
			if errors.Is(err, common.ErrEndpointNotFound) {
				return c.Status(404).SendString(err.Error())
			}
			logr.Errorf("[api.CreateExternalEndpointResult] Failed to insert result in storage: %s", err.Error())
			return c.Status(500).SendString(err.Error())
		}
		logr.Infof("[api.CreateExternalEndpointResult] Successfully inserted result for external endpoint with key=%s and success=%s", c.Params("key"), success)
		inEndpointMaintenanceWindow := false
		for _, maintenanceWindow := range externalEndpoint.MaintenanceWindows {
			if maintenanceWindow.IsUnderMaintenance() {
				inEndpointMaintenanceWindow = true
			}
		}
		// Check if an alert should be triggered or resolved
		if !cfg.Maintenance.IsUnderMaintenance() && !inEndpointMaintenanceWindow {
			watchdog.HandleAlerting(convertedEndpoint, result, cfg.Alerting)
			externalEndpoint.NumberOfSuccessesInARow = convertedEndpoint.NumberOfSuccessesInARow
			externalEndpoint.NumberOfFailuresInARow = convertedEndpoint.NumberOfFailuresInARow
		}
		// Return the result
		return c.Status(200).SendString("")
	}
}
