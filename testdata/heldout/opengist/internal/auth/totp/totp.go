// Package totp is a reduced stand-in for internal/auth/totp.
package totp

// Validate checks a TOTP code against a secret.
func Validate(passcode, secret string) bool { return passcode != "" && secret != "" }

// AESEncrypt encrypts data (AES-GCM upstream).
func AESEncrypt(key, text []byte) ([]byte, error) { return text, nil }
