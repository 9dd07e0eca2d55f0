// Reproduction of go-vela/server secret/native/get.go at
// 1f1a25282352313898d9f8984a72bfbbb75f9688 (trimmed to the repo secret case).

package native

import (
	"context"
	"fmt"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/pkg/logrus"
)

// Get captures a secret.
func (c *Client) Get(ctx context.Context, sType, org, name, path string) (*api.Secret, error) {
	// handle the secret based off the type
	switch sType {
	case constants.SecretRepo:
		c.Logger.WithFields(logrus.Fields{
			"org":    org,
			"repo":   name,
			"secret": path,
			"type":   sType,
		}).Tracef("getting native %s secret %s for %s/%s", sType, path, org, name)

		// create the repo with the information available
		r := new(api.Repo)
		r.SetOrg(org)
		r.SetName(name)
		r.SetFullName(fmt.Sprintf("%s/%s", org, name))

		// capture the repo secret from the native service
		return c.Database.GetSecretForRepo(ctx, path, r)
	default:
		return nil, fmt.Errorf("invalid secret type: %s", sType)
	}
}
