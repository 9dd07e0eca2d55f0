// Package shortuuid is a stand-in for github.com/lithammer/shortuuid/v4.
package shortuuid

import "github.com/google/uuid"

// New reproduces shortuuid.New (a random identifier; the base57 encoding is
// not reproduced).
func New() string {
	return uuid.NewString()
}
