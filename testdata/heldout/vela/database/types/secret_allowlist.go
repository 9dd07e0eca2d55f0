package types

import (
	"database/sql"
	"errors"

	api "example.com/heldout/vela/api/types"
)

// SecretAllowlist is the database representation of a secret allowlist
// (database/types/secret_allowlist.go:14, verbatim).
type SecretAllowlist struct {
	ID       sql.NullInt64  `sql:"id"`
	SecretID sql.NullInt64  `sql:"secret_id"`
	Repo     sql.NullString `sql:"repo"`
}

// Nullify reproduces SecretAllowlist.Nullify.
func (s *SecretAllowlist) Nullify() *SecretAllowlist {
	if s == nil {
		return nil
	}

	if s.ID.Int64 == 0 {
		s.ID.Valid = false
	}

	if s.SecretID.Int64 == 0 {
		s.SecretID.Valid = false
	}

	if len(s.Repo.String) == 0 {
		s.Repo.Valid = false
	}

	return s
}

// Validate reproduces SecretAllowlist.Validate.
func (s *SecretAllowlist) Validate() error {
	if s.SecretID.Int64 == 0 {
		return errors.New("secret id cannot be empty")
	}

	if len(s.Repo.String) == 0 {
		return errors.New("repo cannot be empty")
	}

	return nil
}

// SecretAllowlistFromAPI reproduces SecretAllowlistFromAPI (util.Sanitize
// trimmed).
func SecretAllowlistFromAPI(s *api.Secret, repo string) *SecretAllowlist {
	secret := &SecretAllowlist{
		SecretID: sql.NullInt64{Int64: s.GetID(), Valid: true},
		Repo:     sql.NullString{String: repo, Valid: true},
	}

	return secret.Nullify()
}
