package types

import (
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/google/uuid"

	"example.com/heldout/vela/pkg/jwx/jwk"
)

var (
	// ErrInvalidKID defines the error type when a
	// JWK type has an invalid ID field provided.
	ErrInvalidKID = errors.New("invalid key identifier provided")
)

type (
	// JWK is the database representation of a jwk (database/types/jwk.go:22, verbatim).
	JWK struct {
		ID     uuid.UUID    `gorm:"type:uuid"`
		Active sql.NullBool `sql:"active"`
		Key    []byte       `sql:"key"`
	}
)

// Nullify reproduces JWK.Nullify.
func (j *JWK) Nullify() *JWK {
	if j == nil {
		return nil
	}

	return j
}

// ToAPI reproduces JWK.ToAPI.
func (j *JWK) ToAPI() jwk.RSAPublicKey {
	parsedKey, _ := jwk.ParseKey(j.Key)

	switch jwk := parsedKey.(type) {
	case jwk.RSAPublicKey:
		return jwk
	default:
		return nil
	}
}

// JWKFromAPI reproduces JWKFromAPI.
func JWKFromAPI(j jwk.RSAPublicKey) *JWK {
	var (
		id  uuid.UUID
		err error
	)

	keyID, ok := j.KeyID()
	if !ok {
		return nil
	}

	id, err = uuid.Parse(keyID)
	if err != nil {
		return nil
	}

	bytesKey, _ := json.Marshal(j)

	jwk := &JWK{
		ID:  id,
		Key: bytesKey,
	}

	return jwk.Nullify()
}
