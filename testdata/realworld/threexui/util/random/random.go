// Package random reproduces MHSanaei/3x-ui 02002dc1c304 internal/util/random.
package random

import (
	"crypto/rand"
	"math/big"
)

var numLowerSeq = []rune("0123456789abcdefghijklmnopqrstuvwxyz")

// NumLower is util/random/random.go:55.
func NumLower(n int) string {
	runes := make([]rune, n)
	for i := range n {
		idx, err := rand.Int(rand.Reader, big.NewInt(int64(len(numLowerSeq))))
		if err != nil {
			panic("crypto/rand failed: " + err.Error())
		}
		runes[i] = numLowerSeq[idx.Int64()]
	}
	return string(runes)
}

// Seq generates a random alphanumeric string of length n (util/random/random.go).
func Seq(n int) string {
	return NumLower(n)
}
