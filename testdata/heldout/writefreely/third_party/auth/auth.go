// Package auth is a stand-in for github.com/writeas/web-core/auth.
package auth

import "crypto/sha256"

// HashPass hashes a password.
func HashPass(password []byte) ([]byte, error) {
	h := sha256.Sum256(password)
	return h[:], nil
}

// GetToken parses a hex access token into its binary form.
func GetToken(header string) []byte {
	var b []byte
	for i := 0; i+1 < len(header); i += 2 {
		var v byte
		for _, c := range header[i : i+2] {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= byte(c - '0')
			case c >= 'a' && c <= 'f':
				v |= byte(c-'a') + 10
			default:
				return nil
			}
		}
		b = append(b, v)
	}
	return b
}
