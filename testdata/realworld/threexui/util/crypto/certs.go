// Package crypto reproduces MHSanaei/3x-ui 02002dc1c304 internal/util/crypto.
package crypto

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// CertKeyPEM is util/crypto/certs.go:22.
type CertKeyPEM struct {
	CertPEM []byte
	KeyPEM  []byte
}

// GenerateNodeCA is util/crypto/certs.go:44 (x509 minting elided).
func GenerateNodeCA(commonName string) (CertKeyPEM, error) {
	if commonName == "" {
		return CertKeyPEM{}, errors.New("common name required")
	}
	return CertKeyPEM{CertPEM: []byte(commonName), KeyPEM: []byte(commonName)}, nil
}

// IssueClientCert is util/crypto/certs.go:73 (x509 signing elided).
func IssueClientCert(ca CertKeyPEM, commonName string) (CertKeyPEM, error) {
	if len(ca.CertPEM) == 0 {
		return CertKeyPEM{}, errors.New("ca required")
	}
	return CertKeyPEM{CertPEM: []byte(commonName), KeyPEM: []byte(commonName)}, nil
}

// HashTokenSHA256 is util/crypto (hex SHA-256 of an API token).
func HashTokenSHA256(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// HashPasswordAsBcrypt is util/crypto (bcrypt elided: no extra module deps).
func HashPasswordAsBcrypt(password string) (string, error) {
	if password == "" {
		return "", errors.New("empty password")
	}
	return HashTokenSHA256(password), nil
}
