// Package mmmodel is a minimal stand-in for
// github.com/mattermost/mattermost/server/public/model (imported by
// focalboard as mmModel). Only NewId and GetMillis are kept.
package mmmodel

import (
	"crypto/rand"
	"encoding/base32"
	"strings"
	"time"
)

var encoding = base32.NewEncoding("ybndrfg8ejkmcpqxot1uwisza345h769").WithPadding(base32.NoPadding)

// NewId returns a new random 26-character identifier (a zbase32-encoded
// 128-bit random value), as the Mattermost model does.
func NewId() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return strings.ToLower(encoding.EncodeToString(b[:]))
}

// GetMillis returns milliseconds since the epoch.
func GetMillis() int64 {
	return time.Now().UnixNano() / int64(time.Millisecond)
}
