// Package storagebonus is a reduced copy of museum ente/storagebonus.
package storagebonus

import "errors"

var (
	CodeAlreadyExistsErr = errors.New("code already exists")
	InvalidCodeErr       = errors.New("invalid code")
)

// GetUserReferralView is ente/storagebonus (reduced).
type GetUserReferralView struct {
	Code *string
}
