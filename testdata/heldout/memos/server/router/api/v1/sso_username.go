package v1

import (
	"example.com/heldout/memos/internal/util"
	"example.com/heldout/memos/third_party/pkg/errors"
)

// ssoUsernameFallbackAttempts reproduces server/router/api/v1/sso_username.go:9.
const ssoUsernameFallbackAttempts = 5

// deriveSSOUsername reproduces server/router/api/v1/sso_username.go:16.
// deriveSSOUsername produces the local username for a new SSO-created user.
//
// UUID usernames are the fallback when the IdP identifier cannot safely be used
// as the local username, such as when it is invalid or already belongs to
// another local account.
func deriveSSOUsername() (string, error) {
	username := util.GenUUID()
	if err := validateWritableUsername(username); err != nil {
		return "", errors.Wrap(err, "generated UUID did not satisfy username constraints")
	}
	return username, nil
}
