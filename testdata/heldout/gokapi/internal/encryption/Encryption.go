// Package encryption keeps the encryption level constants of upstream internal/encryption/Encryption.go.
package encryption

const (
	// NoEncryption means all files are stored in plaintext
	NoEncryption = 0
	// LocalEncryptionStored means all files are encrypted, except for files hosted on S3 with the key stored
	LocalEncryptionStored = 1
	// LocalEncryptionInput means all files are encrypted, except for files hosted on S3 with the key given on startup
	LocalEncryptionInput = 2
	// FullEncryptionStored means all files are encrypted with the key stored
	FullEncryptionStored = 3
	// FullEncryptionInput means all files are encrypted with the key given on startup
	FullEncryptionInput = 4
	// EndToEndEncryption means all files are encrypted on the client
	EndToEndEncryption = 5
)
