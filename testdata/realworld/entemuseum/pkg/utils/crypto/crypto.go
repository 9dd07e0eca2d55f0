// Package crypto stands in for museum pkg/utils/crypto.
package crypto

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"

	"example.com/realworld/entemuseum/ente"
)

// Encrypt stands in for the libsodium secretbox encryption.
func Encrypt(data string, key []byte) (ente.EncryptionResult, error) {
	return ente.EncryptionResult{Cipher: []byte(data), Nonce: key}, nil
}

// GetHash returns the keyed hash of data (email_hash).
func GetHash(data string, hashKey []byte) (string, error) {
	m := hmac.New(sha256.New, hashKey)
	m.Write([]byte(data))
	return base64.StdEncoding.EncodeToString(m.Sum(nil)), nil
}
