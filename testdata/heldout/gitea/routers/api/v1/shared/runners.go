// Copyright 2023 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from routers/api/v1/shared/runners.go @1279c0a32090a490a8cbfd5d06ecf0ad3dbe074a
// (GetRegistrationToken :27-38).

package shared

import (
	"errors"
	"net/http"

	actions_model "example.com/heldout/gitea/models/actions"
	"example.com/heldout/gitea/modules/util"
	"example.com/heldout/gitea/services/context"
)

// RegistrationToken is response related to registration token
// swagger:response RegistrationToken
type RegistrationToken struct {
	Token string `json:"token"`
}

// GetRegistrationToken ...
// callers: GET /api/v1/{admin,orgs/{org},repos/{owner}/{repo},user}/actions/runners/registration-token
// (the web runner settings page, routers/web/shared/actions RunnersList, and the private
// GenerateActionsRunnerToken used by `gitea actions generate-runner-token` do the same get-or-create)
func GetRegistrationToken(ctx *context.APIContext, ownerID, repoID int64) {
	// two concurrent first requests for a scope both miss and both call NewRunnerToken: each
	// deactivates the rows it can see (none) and inserts its own active token
	token, err := actions_model.GetLatestRunnerToken(ctx, ownerID, repoID) // race; no unique key: action_runner_token has only INDEX on owner_id and repo_id (runner_token.go:21,23), UNIQUE is on the random token column only (:20)
	if errors.Is(err, util.ErrNotExist) || (token != nil && !token.IsActive) {
		token, err = actions_model.NewRunnerToken(ctx, ownerID, repoID)
	}
	if err != nil {
		ctx.APIErrorInternal(err)
		return
	}

	ctx.JSON(http.StatusOK, RegistrationToken{Token: token.Token})
}
