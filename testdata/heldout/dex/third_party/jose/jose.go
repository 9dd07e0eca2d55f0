// Package jose is a stand-in for github.com/go-jose/go-jose/v4 with only the
// API subset the reproduced dex code uses.
package jose

// SignatureAlgorithm names a JWS algorithm.
type SignatureAlgorithm string

// Algorithms used by the local signer.
const (
	RS256 SignatureAlgorithm = "RS256"
	ES256 SignatureAlgorithm = "ES256"
)

// JSONWebKey is a JWK.
type JSONWebKey struct {
	Key       interface{}
	KeyID     string
	Algorithm string
	Use       string
}
