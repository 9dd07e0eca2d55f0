// Package license is convoy's internal/pkg/license, reduced to the Licenser
// methods and the per-org entitlement cap the reproduced services call.
package license

import (
	"context"
	"encoding/json"
)

// Licenser interface provides methods to determine whether the specified license can utilise certain features in convoy.
type Licenser interface {
	CheckOrgLimit(ctx context.Context) (bool, error)
	CheckUserLimit(ctx context.Context) (bool, error)
	IsMultiUserMode(ctx context.Context) (bool, error)
	AdvancedSubscriptions() bool
	Transformations() bool
}

// OrgEntitlementCap reads a finite cap (e.g. "user_limit") from an
// organisation's license data (features.go:131).
func OrgEntitlementCap(orgID, licenseData, key string) (limit int64, applies bool) {
	if licenseData == "" {
		return 0, false
	}
	var m map[string]int64
	if err := json.Unmarshal([]byte(licenseData), &m); err != nil {
		return 0, false
	}
	v, ok := m[key]
	if !ok || v < 0 {
		return 0, false
	}
	return v, true
}
