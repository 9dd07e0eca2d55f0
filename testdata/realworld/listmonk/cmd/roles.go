package main

import (
	"net/http"
	"strings"

	"example.com/realworld/listmonk/internal/auth"
	"example.com/realworld/listmonk/third_party/echo"
)

// UpdateListRole handles role modification.
// upstream cmd/roles.go:108 (validation and API-user cache refresh trimmed)
func (a *App) UpdateListRole(c echo.Context) error {
	// Get the role ID.
	id := getID(c)

	// ID 1 is reserved for the Super Admin user role.
	if id == auth.SuperAdminRoleID {
		return echo.NewHTTPError(http.StatusBadRequest, a.i18n.T("globals.messages.invalidID"))
	}

	// Incoming params.
	var r auth.ListRole
	if err := c.Bind(&r); err != nil {
		return err
	}

	// Validate.
	r.Name.String = strings.TrimSpace(r.Name.String)

	// Update the role in the DB.
	out, err := a.core.UpdateListRole(id, r)
	if err != nil {
		return err
	}

	return c.JSON(http.StatusOK, okResp{out})
}
