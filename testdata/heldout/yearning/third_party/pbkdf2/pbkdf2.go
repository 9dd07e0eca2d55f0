// Package pbkdf2 reproduces cookieY/Yearning 6de5cbf9ab4f (stand-in for golang.org/x/crypto/pbkdf2 on top of crypto/pbkdf2).
package pbkdf2

import (
	"crypto/pbkdf2"
	"hash"
)

// Key stands in for pbkdf2.Key.
func Key(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte {
	k, err := pbkdf2.Key(h, string(password), salt, iter, keyLen)
	if err != nil {
		return nil
	}
	return k
}
