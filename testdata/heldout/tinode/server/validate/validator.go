// Package validate: trimmed copy of tinode/chat server/validate/validator.go.
package validate

import (
	t "example.com/heldout/tinode/server/store/types"
)

// Validator handles validation of user's credentials, like email or phone.
type Validator interface {
	// IsInitialized returns true if the validator is initialized.
	IsInitialized() bool

	// PreCheck pre-validates the credential without sending an actual request for validation.
	PreCheck(cred string, params map[string]any) (string, error)

	// Request sends a request for validation to the user. Returns true if it's a new credential,
	// false if it re-sent request for an existing unconfirmed credential.
	Request(user t.Uid, cred, lang, resp string, tmpToken []byte) (bool, error)

	// TempAuthScheme returns a temporary authentication method used by this validator.
	TempAuthScheme() (string, error)
}
