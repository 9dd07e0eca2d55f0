package coderd

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/database/dbtime"
	"example.com/realworld/coder/coderd/httpapi"
	"example.com/realworld/coder/coderd/httpmw"
	"example.com/realworld/coder/codersdk"
	"example.com/realworld/coder/third_party/xerrors"
)

// Create a new workspace for the currently authenticated user.
//
// postWorkspacesByOrganization reproduces the workspace-creation handler of
// coderd/workspaces.go at 741d3e1a (POST
// /organizations/{organization}/members/{user}/workspaces). Only the part from
// the template checks on was read; the head (request decoding, template
// lookup) is reduced. GetWorkspaceByOwnerIDAndName found -> 409,
// sql.ErrNoRows -> InsertWorkspace (then the first build, wsbuilder, not
// reproduced) in a transaction with default options. The upstream comment
// above the lookup says it should instead "check the error on create and
// look for a postgres conflict error".
func (api *API) postWorkspacesByOrganization(rw http.ResponseWriter, r *http.Request) {
	var (
		ctx          = r.Context()
		organization = httpmw.OrganizationParam(r)
		user         = httpmw.UserParam(r)
	)

	var createWorkspace codersdk.CreateWorkspaceRequest
	if !httpapi.Read(ctx, rw, r, &createWorkspace) {
		return
	}

	template, err := api.Database.GetTemplateByID(ctx, createWorkspace.TemplateID)
	if httpapi.Is404Error(err) {
		httpapi.Write(ctx, rw, http.StatusBadRequest, codersdk.Response{
			Message: fmt.Sprintf("Template %q doesn't exist.", createWorkspace.TemplateID.String()),
		})
		return
	}
	if err != nil {
		httpapi.InternalServerError(rw, err)
		return
	}
	if organization.ID != template.OrganizationID {
		httpapi.Write(ctx, rw, http.StatusForbidden, codersdk.Response{
			Message: fmt.Sprintf("Template is not in organization %q.", organization.Name),
		})
		return
	}

	var dbAutostartSchedule sql.NullString
	if createWorkspace.AutostartSchedule != nil {
		dbAutostartSchedule = sql.NullString{String: *createWorkspace.AutostartSchedule, Valid: true}
	}
	var dbTTL sql.NullInt64
	if createWorkspace.TTLMillis != nil {
		dbTTL = sql.NullInt64{Int64: int64(time.Duration(*createWorkspace.TTLMillis) * time.Millisecond), Valid: true}
	}

	// TODO: This should be a system call as the actor might not be able to
	// read other workspaces. Ideally we check the error on create and look for
	// a postgres conflict error.
	workspace, err := api.Database.GetWorkspaceByOwnerIDAndName(ctx, database.GetWorkspaceByOwnerIDAndNameParams{ // race
		OwnerID: user.ID,
		Name:    createWorkspace.Name,
	})
	if err == nil {
		// If the workspace already exists, don't allow creation.
		httpapi.Write(ctx, rw, http.StatusConflict, codersdk.Response{
			Message: fmt.Sprintf("Workspace %q already exists.", createWorkspace.Name),
			Validations: []codersdk.ValidationError{{
				Field:  "name",
				Detail: "This value is already in use and should be unique.",
			}},
		})
		return
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: fmt.Sprintf("Internal error fetching workspace by name %q.", createWorkspace.Name),
			Detail:  err.Error(),
		})
		return
	}

	err = api.Database.InTx(func(db database.Store) error {
		now := dbtime.Now()
		// Workspaces are created without any versions.
		workspace, err = db.InsertWorkspace(ctx, database.InsertWorkspaceParams{
			ID:                uuid.New(),
			CreatedAt:         now,
			UpdatedAt:         now,
			OwnerID:           user.ID,
			OrganizationID:    template.OrganizationID,
			TemplateID:        template.ID,
			Name:              createWorkspace.Name,
			AutostartSchedule: dbAutostartSchedule,
			Ttl:               dbTTL,
			// The workspaces page will sort by last used at, and it's useful to
			// have the newly created workspace at the top of the list!
			LastUsedAt: dbtime.Now(),
		})
		if err != nil {
			return xerrors.Errorf("insert workspace: %w", err)
		}

		// Upstream: wsbuilder.New(workspace, ...).Build(ctx, db, ...) inserts
		// the provisioner job and the first workspace build here.
		return nil
	}, nil)
	if err != nil {
		httpapi.Write(ctx, rw, http.StatusInternalServerError, codersdk.Response{
			Message: "Internal error creating workspace.",
			Detail:  err.Error(),
		})
		return
	}

	httpapi.Write(ctx, rw, http.StatusCreated, workspace)
}
