// Reproduction of go-vela/server secret/native/update.go at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed to the fields and the
// repo secret case). See vela/CATALOGUE.md N5.

package native

import (
	"context"
	"fmt"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/pkg/logrus"
)

// Update updates an existing secret.
func (c *Client) Update(ctx context.Context, sType, org, name string, s *api.Secret) (*api.Secret, error) {
	// capture the secret from the native service
	secret, err := c.Get(ctx, sType, org, name, s.GetName()) // safe: the lookup only guards an update: not found returns the error; UpdateSecret Saves the found row by id and re-inserts the allowlist with ON CONFLICT DO NOTHING on secret_repo_allowlists UNIQUE(secret_id, repo) (database/secret/table.go:45)
	if err != nil {
		return nil, err
	}

	// update the images if set
	if s.Images != nil {
		secret.SetImages(s.GetImages())
	}

	// update the value if set
	if len(s.GetValue()) > 0 {
		secret.SetValue(s.GetValue())
	}

	// update repo_allowlist if set
	if s.RepoAllowlist != nil {
		secret.SetRepoAllowlist(s.GetRepoAllowlist())
	}

	// update updated_at if set
	secret.SetUpdatedAt(s.GetUpdatedAt())

	// update updated_by if set
	secret.SetUpdatedBy(s.GetUpdatedBy())

	// handle the secret based off the type
	switch sType {
	case constants.SecretRepo:
		c.Logger.WithFields(logrus.Fields{
			"org":    org,
			"repo":   name,
			"secret": s.GetName(),
			"type":   sType,
		}).Tracef("updating native %s secret %s for %s/%s", sType, s.GetName(), org, name)

		// update the repo secret in the native service
		return c.Database.UpdateSecret(ctx, secret)
	default:
		return nil, fmt.Errorf("invalid secret type: %s", sType)
	}
}
