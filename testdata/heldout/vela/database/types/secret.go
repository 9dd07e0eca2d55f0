package types

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	api "example.com/heldout/vela/api/types"
)

// Secret reproduces database/types/secret.go (tags as upstream).
type Secret struct {
	ID                sql.NullInt64  `sql:"id"`
	Org               sql.NullString `sql:"org"`
	Repo              sql.NullString `sql:"repo"`
	Team              sql.NullString `sql:"team"`
	Name              sql.NullString `sql:"name"`
	Value             sql.NullString `sql:"value"`
	Type              sql.NullString `sql:"type"`
	Images            pq.StringArray `sql:"images"             gorm:"type:varchar(1000)"`
	AllowEvents       sql.NullInt64  `sql:"allow_events"`
	AllowCommand      sql.NullBool   `sql:"allow_command"`
	AllowSubstitution sql.NullBool   `sql:"allow_substitution"`
	CreatedAt         sql.NullInt64  `sql:"created_at"`
	CreatedBy         sql.NullString `sql:"created_by"`
	UpdatedAt         sql.NullInt64  `sql:"updated_at"`
	UpdatedBy         sql.NullString `sql:"updated_by"`
}

// Decrypt reproduces Secret.Decrypt (AES trimmed).
func (s *Secret) Decrypt(key string) error { return nil }

// Encrypt reproduces Secret.Encrypt (AES trimmed).
func (s *Secret) Encrypt(key string) error { return nil }

// Nullify reproduces Secret.Nullify (trimmed).
func (s *Secret) Nullify() *Secret {
	if s == nil {
		return nil
	}

	if s.ID.Int64 == 0 {
		s.ID.Valid = false
	}

	if len(s.Repo.String) == 0 {
		s.Repo.Valid = false
	}

	if len(s.Team.String) == 0 {
		s.Team.Valid = false
	}

	return s
}

// ToAPI reproduces Secret.ToAPI (trimmed).
func (s *Secret) ToAPI() *api.Secret {
	secret := new(api.Secret)

	secret.SetID(s.ID.Int64)
	secret.Org = &s.Org.String
	secret.Repo = &s.Repo.String
	secret.Team = &s.Team.String
	secret.Name = &s.Name.String
	secret.Type = &s.Type.String
	secret.SetValue(s.Value.String)
	secret.SetImages(s.Images)
	secret.SetUpdatedAt(s.UpdatedAt.Int64)
	secret.SetUpdatedBy(s.UpdatedBy.String)

	return secret
}

// Validate reproduces Secret.Validate (trimmed).
func (s *Secret) Validate() error {
	if len(s.Name.String) == 0 {
		return errors.New("empty secret name provided")
	}

	if len(s.Org.String) == 0 {
		return errors.New("empty secret org provided")
	}

	return nil
}

// SecretFromAPI reproduces SecretFromAPI (trimmed).
func SecretFromAPI(s *api.Secret) *Secret {
	secret := &Secret{
		ID:        sql.NullInt64{Int64: s.GetID(), Valid: true},
		Org:       sql.NullString{String: s.GetOrg(), Valid: true},
		Repo:      sql.NullString{String: s.GetRepo(), Valid: true},
		Team:      sql.NullString{String: s.GetTeam(), Valid: true},
		Name:      sql.NullString{String: s.GetName(), Valid: true},
		Value:     sql.NullString{String: s.GetValue(), Valid: true},
		Type:      sql.NullString{String: s.GetType(), Valid: true},
		Images:    pq.StringArray(s.GetImages()),
		UpdatedAt: sql.NullInt64{Int64: s.GetUpdatedAt(), Valid: true},
		UpdatedBy: sql.NullString{String: s.GetUpdatedBy(), Valid: true},
	}

	return secret.Nullify()
}
