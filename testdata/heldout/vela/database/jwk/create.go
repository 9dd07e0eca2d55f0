// Reproduction of go-vela/server database/jwk/create.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package jwk

import (
	"context"
	"database/sql"
	"fmt"

	"example.com/heldout/vela/pkg/jwx/jwk"
	"example.com/heldout/vela/pkg/logrus"

	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// CreateJWK creates a new JWK in the database.
func (e *Engine) CreateJWK(ctx context.Context, j jwk.RSAPublicKey) error {
	logKeyID, ok := j.KeyID()
	if !ok {
		return fmt.Errorf("unable to create JWK: no key provided")
	}

	e.logger.WithFields(logrus.Fields{
		"jwk": logKeyID,
	}).Tracef("creating key %s", logKeyID)

	key := types.JWKFromAPI(j)
	key.Active = sql.NullBool{Bool: true, Valid: true}

	// send query to the database
	return e.client.
		WithContext(ctx).
		Table(constants.TableJWK).
		Create(key).Error
}
