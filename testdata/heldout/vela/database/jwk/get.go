// Reproduction of go-vela/server database/jwk/get.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package jwk

import (
	"context"

	"example.com/heldout/vela/pkg/jwx/jwk"

	"example.com/heldout/vela/constants"
	"example.com/heldout/vela/database/types"
)

// GetActiveJWK gets a JWK by UUID (kid) from the database if active.
func (e *Engine) GetActiveJWK(ctx context.Context, id string) (jwk.RSAPublicKey, error) {
	e.logger.Tracef("getting JWK key %s", id)

	// variable to store query results
	j := new(types.JWK)

	// send query to the database and store result in variable
	err := e.client.
		WithContext(ctx).
		Table(constants.TableJWK).
		Where("id = ?", id).
		Where("active = ?", true).
		Take(j).
		Error
	if err != nil {
		return j.ToAPI(), err
	}

	return j.ToAPI(), nil
}
