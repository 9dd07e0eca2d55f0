// Package ssh is a minimal stand-in for golang.org/x/crypto/ssh (PublicKey only).
package ssh

// PublicKey represents a public key.
type PublicKey interface {
	Type() string
	Marshal() []byte
}
