// Copyright 2023 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from services/secrets/secrets.go @03ff21e5ff9a3e21fc9364962e83c2cd50632324
// (CreateOrUpdateSecret :13-41, verbatim but for the marker).

package secrets

import (
	"context"
	"errors"

	"example.com/heldout/gitea/models/db"
	secret_model "example.com/heldout/gitea/models/secret"
)

// ValidateName validates secret name (services/secrets/validation.go, trimmed)
func ValidateName(name string) error {
	if name == "" {
		return errors.New("invalid secret name")
	}
	return nil
}

// callers: PUT /api/v1/{repos/{owner}/{repo},orgs/{org},user}/actions/secrets/{secretname},
// POST .../settings/actions/secrets (routers/web/shared/secrets SetSecretsContext/PerformSecretsPost)
func CreateOrUpdateSecret(ctx context.Context, ownerID, repoID, environmentID int64, name, data, description string) (*secret_model.Secret, bool, error) {
	if err := ValidateName(name); err != nil {
		return nil, false, err
	}

	// no transaction; secret (owner_id, repo_id, environment_id, name) is UNIQUE(owner_repo_name):
	// two concurrent PUTs of a new secret name both miss, the loser gets a 500 instead of an update
	s, err := db.Find[secret_model.Secret](ctx, secret_model.FindSecretsOptions{ // race
		OwnerID:       ownerID,
		RepoID:        repoID,
		EnvironmentID: environmentID,
		Name:          name,
	})
	if err != nil {
		return nil, false, err
	}

	if len(s) == 0 {
		s, err := secret_model.InsertEncryptedSecret(ctx, ownerID, repoID, environmentID, name, data, description)
		if err != nil {
			return nil, false, err
		}
		return s, true, nil
	}

	if err := secret_model.UpdateSecret(ctx, s[0].ID, data, description); err != nil {
		return nil, false, err
	}

	return s[0], false, nil
}
