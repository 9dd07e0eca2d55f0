// Package rand reproduces github.com/getfider/fider/app/pkg/rand (trimmed).
package rand

import (
	"crypto/rand"
	"math/big"
)

var chars = []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
var numbers = []byte("0123456789")

func pick(set []byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		v, _ := rand.Int(rand.Reader, big.NewInt(int64(len(set))))
		b[i] = set[v.Int64()]
	}
	return string(b)
}

// String returns a random string of given length
func String(n int) string {
	return pick(chars, n)
}

// StringNumeric returns a random numeric string of given length
func StringNumeric(n int) string {
	return pick(numbers, n)
}
