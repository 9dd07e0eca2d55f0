package main

import (
	"net/http"

	"example.com/realworld/listmonk/third_party/echo"
)

// hasSub middleware checks if a subscriber exists given the UUID
// param in a request.
// upstream cmd/handlers.go:396; it wraps the public /subscription/* routes
// (handlers.go:271-276), among them POST /subscription/wipe/:subUUID -> WipeSubscriberData.
func (a *App) hasSub(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		subUUID := c.Param("subUUID")

		if _, err := a.core.GetSubscriber(0, subUUID, ""); err != nil { // safe: existence check that only lets the request through; the wrapped handlers read, update or delete that subscriber
			if er, ok := err.(*echo.HTTPError); ok && er.Code == http.StatusBadRequest {
				return c.Render(http.StatusNotFound, tplMessage,
					makeMsgTpl(a.i18n.T("public.notFoundTitle"), "", er.Message.(string)))
			}

			a.log.Printf("error checking subscriber existence: %v", err)
			return c.Render(http.StatusInternalServerError, tplMessage,
				makeMsgTpl(a.i18n.T("public.errorTitle"), "", a.i18n.T("public.errorProcessingRequest")))
		}

		return next(c)
	}
}

// registerPublicRoutes stands in for the public part of upstream initHTTPHandlers (handlers.go:259-276).
func (a *App) registerPublicRoutes(post func(path string, h echo.HandlerFunc)) {
	post("/api/public/subscription", a.PublicSubscription)
	post("/subscription/:campUUID/:subUUID", a.hasSub(a.SubscriptionPrefs))
	post("/subscription/optin/:subUUID", a.hasSub(a.OptinPage))
	post("/subscription/wipe/:subUUID", a.hasSub(a.WipeSubscriberData))
}
