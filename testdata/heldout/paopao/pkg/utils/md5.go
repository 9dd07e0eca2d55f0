// Package utils reproduces rocboss/paopao-ce 0b35d12b74c0 pkg/utils (trimmed).
package utils

import (
	"crypto/md5"
	"encoding/hex"
)

// EncodeMD5 reproduces pkg/utils/md5.go:12.
func EncodeMD5(value string) string {
	m := md5.New()
	m.Write([]byte(value))

	return hex.EncodeToString(m.Sum(nil))
}
