// Package jwk is a minimal stand-in for github.com/lestrrat-go/jwx/v3/jwk
// (v3.1.1 in go-vela/server's go.mod): Import of an RSA public key, the
// RSAPublicKey key type, KeyID/Set(KeyIDKey) and ParseKey, as called by
// internal/token/generate_rsa.go and database/jwk.
package jwk

import (
	"crypto/rsa"
	"encoding/json"
	"errors"
	"math/big"
)

// KeyIDKey is the "kid" header name.
const KeyIDKey = "kid"

// Key mirrors jwk.Key.
type Key interface {
	KeyID() (string, bool)
	Set(name string, value any) error
}

// RSAPublicKey mirrors jwk.RSAPublicKey.
type RSAPublicKey interface {
	Key
	N() ([]byte, bool)
	E() ([]byte, bool)
}

type rsaPublicKey struct {
	Kid string `json:"kid,omitempty"`
	Kty string `json:"kty"`
	Nb  []byte `json:"n"`
	Eb  []byte `json:"e"`
}

func (k *rsaPublicKey) KeyID() (string, bool) { return k.Kid, k.Kid != "" }

func (k *rsaPublicKey) N() ([]byte, bool) { return k.Nb, len(k.Nb) > 0 }

func (k *rsaPublicKey) E() ([]byte, bool) { return k.Eb, len(k.Eb) > 0 }

func (k *rsaPublicKey) Set(name string, value any) error {
	if name != KeyIDKey {
		return errors.New("unsupported field")
	}

	s, ok := value.(string)
	if !ok {
		return errors.New("kid must be a string")
	}

	k.Kid = s

	return nil
}

// Import builds a key from a raw key.
func Import(raw any) (Key, error) {
	switch r := raw.(type) {
	case rsa.PublicKey:
		return &rsaPublicKey{Kty: "RSA", Nb: r.N.Bytes(), Eb: big.NewInt(int64(r.E)).Bytes()}, nil
	case *rsa.PublicKey:
		return Import(*r)
	default:
		return nil, errors.New("unsupported raw key type")
	}
}

// ParseKey parses a JSON key.
func ParseKey(data []byte) (Key, error) {
	k := new(rsaPublicKey)
	if err := json.Unmarshal(data, k); err != nil {
		return nil, err
	}

	return k, nil
}
