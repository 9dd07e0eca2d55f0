// Package random is a stand-in for github.com/tink-crypto/tink-go/v2/subtle/random.
package random

import "crypto/rand"

// GetRandomBytes returns n random bytes.
func GetRandomBytes(n uint32) []byte {
	buf := make([]byte, n)
	_, _ = rand.Read(buf)
	return buf
}
