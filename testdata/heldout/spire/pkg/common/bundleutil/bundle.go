// Package bundleutil reproduces pkg/common/bundleutil (MergeBundles,
// PruneBundle), trimmed to comparisons on the raw key material.
package bundleutil

import (
	"bytes"
	"time"

	"example.com/heldout/spire/proto/spire/common"
)

// MergeBundles reproduces bundleutil/bundle.go MergeBundles: adds the root CAs
// and keys of b that are missing from a.
func MergeBundles(a, b *common.Bundle) (*common.Bundle, bool) {
	c := *a
	changed := false
	for _, rootCA := range b.RootCas {
		found := false
		for _, existing := range c.RootCas {
			if bytes.Equal(existing.DerBytes, rootCA.DerBytes) {
				found = true
				break
			}
		}
		if !found {
			c.RootCas = append(c.RootCas, rootCA)
			changed = true
		}
	}
	for _, key := range b.JwtSigningKeys {
		found := false
		for _, existing := range c.JwtSigningKeys {
			if existing.Kid == key.Kid {
				found = true
				break
			}
		}
		if !found {
			c.JwtSigningKeys = append(c.JwtSigningKeys, key)
			changed = true
		}
	}
	return &c, changed
}

// PruneBundle reproduces bundleutil.PruneBundle, trimmed: drops expired JWT
// signing keys.
func PruneBundle(bundle *common.Bundle, expiration time.Time) (*common.Bundle, bool, error) {
	pruned := *bundle
	pruned.JwtSigningKeys = nil
	changed := false
	for _, key := range bundle.JwtSigningKeys {
		if key.NotAfter != 0 && key.NotAfter < expiration.Unix() {
			changed = true
			continue
		}
		pruned.JwtSigningKeys = append(pruned.JwtSigningKeys, key)
	}
	return &pruned, changed, nil
}
