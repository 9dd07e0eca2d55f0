// Package uniuri is a stand-in for github.com/dchest/uniuri (random strings).
package uniuri

import "crypto/rand"

const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func NewLen(length int) string {
	b := make([]byte, length)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = chars[int(b[i])%len(chars)]
	}
	return string(b)
}

func New() string { return NewLen(16) }
