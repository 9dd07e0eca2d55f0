// Package cryptox is internal/cryptox, reduced to the helpers the reproduced
// stores use.
package cryptox

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

// MD5 encodes string to hexadecimal of MD5 checksum.
func MD5(str string) string {
	sum := md5.Sum([]byte(str))
	return hex.EncodeToString(sum[:])
}

// SHA1 encodes string to hexadecimal of SHA1 checksum.
func SHA1(str string) string {
	sum := sha1.Sum([]byte(str))
	return hex.EncodeToString(sum[:])
}

// SHA256 encodes string to hexadecimal of SHA256 checksum.
func SHA256(str string) string {
	sum := sha256.Sum256([]byte(str))
	return hex.EncodeToString(sum[:])
}
