// Package encryption is a reduced copy of hatchet pkg/encryption (interface only).
package encryption

// EncryptionService encrypts data with an associated data id.
type EncryptionService interface {
	Encrypt(plaintext []byte, dataId string) ([]byte, error)
}
