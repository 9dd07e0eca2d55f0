// Reproduction of go-vela/server database/secret/update.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package secret

import (
	"context"
	"fmt"

	"example.com/heldout/vela/pkg/logrus"
	"gorm.io/gorm"

	api "example.com/heldout/vela/api/types"
	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// UpdateSecret updates an existing secret in the database.
func (e *Engine) UpdateSecret(ctx context.Context, s *api.Secret) (*api.Secret, error) {
	// handle the secret based off the type
	switch s.GetType() {
	case constants.SecretShared:
		e.logger.WithFields(logrus.Fields{
			"org":    s.GetOrg(),
			"team":   s.GetTeam(),
			"secret": s.GetName(),
			"type":   s.GetType(),
		}).Tracef("updating secret %s/%s/%s/%s", s.GetType(), s.GetOrg(), s.GetTeam(), s.GetName())
	default:
		e.logger.WithFields(logrus.Fields{
			"org":    s.GetOrg(),
			"repo":   s.GetRepo(),
			"secret": s.GetName(),
			"type":   s.GetType(),
		}).Tracef("updating secret %s/%s/%s/%s", s.GetType(), s.GetOrg(), s.GetRepo(), s.GetName())
	}

	secret := types.SecretFromAPI(s)

	err := secret.Validate()
	if err != nil {
		return nil, err
	}

	err = secret.Encrypt(e.config.EncryptionKey)
	if err != nil {
		switch s.GetType() {
		case constants.SecretShared:
			return nil, fmt.Errorf("unable to encrypt secret %s/%s/%s/%s: %w", s.GetType(), s.GetOrg(), s.GetTeam(), s.GetName(), err)
		default:
			return nil, fmt.Errorf("unable to encrypt secret %s/%s/%s/%s: %w", s.GetType(), s.GetOrg(), s.GetRepo(), s.GetName(), err)
		}
	}

	var result *api.Secret

	transactionErr := e.client.Transaction(func(tx *gorm.DB) error {
		err = tx.
			WithContext(ctx).
			Table(constants.TableSecret).
			Save(secret.Nullify()).Error
		if err != nil {
			return err
		}

		err = secret.Decrypt(e.config.EncryptionKey)
		if err != nil {
			switch s.GetType() {
			case constants.SecretShared:
				return fmt.Errorf("unable to decrypt secret %s/%s/%s/%s: %w", s.GetType(), s.GetOrg(), s.GetTeam(), s.GetName(), err)
			default:
				return fmt.Errorf("unable to decrypt secret %s/%s/%s/%s: %w", s.GetType(), s.GetOrg(), s.GetRepo(), s.GetName(), err)
			}
		}

		// drop any allowlist records if they are not active post-update
		err = PruneAllowlist(ctx, tx, s)
		if err != nil {
			return err
		}

		result = secret.ToAPI()
		result.SetRepoAllowlist(s.GetRepoAllowlist())

		// upsert allowlist
		err = InsertAllowlist(ctx, tx, result)
		if err != nil {
			return err
		}

		return nil
	})
	if transactionErr != nil {
		return nil, transactionErr
	}

	return result, nil
}
